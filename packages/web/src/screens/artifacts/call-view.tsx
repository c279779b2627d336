// A call: who called whom, when, for how long, and whether it was missed.
import { useTranslation } from 'react-i18next';
import { num, readableAccount, str, type Artifact } from './artifact-data';
import { SourceTime } from './artifact-time';
import { useDuration } from './duration';
import { Facts } from './facts';

const REASONS = new Set(['hangup', 'busy', 'disconnect', 'missed']);

export function CallView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const duration = useDuration();
  const f = artifact.fields;
  const party = (role: string) => {
    const a = artifact.actors.find((x) => x.role === role);
    return a ? `${a.name ? `${a.name} ` : ''}(${readableAccount(a.account)})` : null;
  };
  const seconds = num(f.durationSeconds);
  // The export's own code where it has no words here.
  const outcome = (reason: string | null) => reason && (REASONS.has(reason) ? t(`call.reasons.${reason}`) : <code>{reason}</code>);
  return (
    <Facts
      rows={[
        [t('call.caller'), party('caller')],
        [t('call.callee'), party('callee')],
        [t('call.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        [t('call.duration'), seconds !== null ? duration(seconds) : null],
        [t('call.outcome'), f.missed === true ? t('call.missed') : outcome(str(f.discardReason))],
        [t('call.chat'), str(f.chatName)],
      ]}
    />
  );
}
