// A request's legal basis as the request page and the letter show it: instrument, article, domestic provision.
import { instrumentName, type EvidenceRequest } from './request-model';

export function LegalBasisList({ bases }: { bases: EvidenceRequest['legalBasis'] }) {
  if (bases.length === 0) return <>—</>;
  return (
    <ul>
      {bases.map((b, i) => (
        <li key={i}>
          {instrumentName(b.instrument)}
          {b.article && `, ${b.article}`}; {b.domesticProvision}
        </li>
      ))}
    </ul>
  );
}
