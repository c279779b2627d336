import { describe, expect, it } from 'vitest';
import { compareExhibitNumbers } from './evidence-item';

describe('exhibit numbers', () => {
  it('count part by part, numbers as numbers', () => {
    const numbers = ['EXH-001/10', 'EXH-002', 'EXH-001/2', 'EXH-001', 'EXH-001/2/11', 'EXH-001/2/3', 'EXH-010', 'EXH-001/1'];
    expect([...numbers].sort(compareExhibitNumbers)).toEqual([
      'EXH-001',
      'EXH-001/1',
      'EXH-001/2',
      'EXH-001/2/3',
      'EXH-001/2/11',
      'EXH-001/10',
      'EXH-002',
      'EXH-010',
    ]);
  });
});
