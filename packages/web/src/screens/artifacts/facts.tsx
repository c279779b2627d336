// A definition list of an artefact's facts, label and value, leaving out the rows that have no value.
import { type ReactNode } from 'react';

export type Row = [label: string, value: ReactNode];

/** A definition list of the rows that have a value. */
export function Facts({ rows }: { rows: Array<Row | null | false> }) {
  const shown = rows.filter((r): r is Row => !!r && r[1] !== null && r[1] !== undefined && r[1] !== '' && r[1] !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="kv">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
