// One section of the request form: a fieldset with its legend and the grid its fields are laid out in.
import type { ReactNode } from 'react';
import type { FormState } from './form-model';

/** What the sections of the form are given: its state, a way to change it, and whether a field is invalid. */
export interface SectionProps {
  state: FormState;
  set: (change: Partial<FormState>) => void;
  invalid: (field: string) => boolean;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
