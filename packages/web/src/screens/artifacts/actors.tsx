// The people of an artefact by their role (sender, recipient …), each with a name and a readable account.
import { useTranslation } from 'react-i18next';
import { readableAccount, type Artifact } from './artifact-data';
import { Facts, type Row } from './facts';

export function Actors({ artifact, roles }: { artifact: Artifact; roles?: string[] }) {
  const { t } = useTranslation('artifacts');
  const actors = artifact.actors.filter((a) => !roles || roles.includes(a.role));
  return (
    <Facts
      rows={actors.map((a, i): Row => [
        `${t(`roles.${a.role}`, { defaultValue: a.role })}${actors.filter((x) => x.role === a.role).length > 1 ? ` ${i + 1}` : ''}`,
        <span key={a.account}>
          {a.name ? `${a.name} ` : ''}
          <code>{readableAccount(a.account)}</code>
        </span>,
      ])}
    />
  );
}
