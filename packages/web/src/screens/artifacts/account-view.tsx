// An account on a platform: its names, address, phones, usernames, roles, messages, sessions and IPs.
import { useTranslation } from 'react-i18next';
import { list, num, readableAccount, str, type Artifact } from './artifact-data';
import { Facts } from './facts';

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string' && v.length > 0);
}

export function AccountView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const platform = str(f.platform);
  const phones = [...strings(f.phones), ...(str(f.phone) ? [String(f.phone)] : []), ...(str(f.phoneNumber) ? [String(f.phoneNumber)] : [])];
  const usernames = [...strings(f.usernames), ...(str(f.username) ? [String(f.username)] : [])];
  const messages = num(f.messageCount) ?? num(f.messages);
  const sessions = list(f.sessions).length + list(f.webSessions).length;
  return (
    <>
      {f.isOwner === true && <p className="badge block">{t('account.owner')}</p>}
      <Facts
        rows={[
          [t('account.platform'), platform && t(`account.platforms.${platform}`, { defaultValue: platform })],
          [t('account.account'), artifact.actors[0] && <code>{readableAccount(artifact.actors[0].account)}</code>],
          [
            t('account.names'),
            [...new Set([...strings(f.names), ...[str(f.firstName), str(f.lastName)].filter((x): x is string => !!x)])].join(', '),
          ],
          [t('account.address'), str(f.address) && <code>{String(f.address)}</code>],
          [t('account.phones'), [...new Set(phones)].join(', ')],
          [t('account.usernames'), [...new Set(usernames)].join(', ')],
          [t('account.bio'), str(f.bio)],
          [
            t('account.roles'),
            strings(f.roles)
              .map((r) => t(`roles.${r}`, { defaultValue: r }))
              .join(', '),
          ],
          [t('account.messages'), messages],
          [t('account.chat'), str(f.chat)],
          [t('account.sessions'), sessions > 0 ? sessions : null],
          [t('account.ips'), strings(f.ips).length > 0 && <code>{strings(f.ips).join(', ')}</code>],
        ]}
      />
    </>
  );
}
