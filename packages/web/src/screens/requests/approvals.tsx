// A request's approvals so far and whose approval comes next (and why a higher approval is needed).
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import type { RequestDetailData } from './request-model';

/** G6, G8: the approvals so far and whose approval comes next. */
export function Approvals({ detail, members }: { detail: RequestDetailData; members: Array<{ userId: string; displayName: string }> }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const approvals = detail.request.approvals ?? [];
  const plan = detail.approval;
  if (approvals.length === 0 && !plan.next && plan.higherApprovalReasons.length === 0) return null;
  const name = (id: string) => members.find((m) => m.userId === id)?.displayName ?? '';
  return (
    <section className="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t('detail.approvals')}</h2>
      {approvals.length === 0 ? (
        <p className="muted">{t('detail.noApprovals')}</p>
      ) : (
        <ol className="approvals">
          {approvals.map((a) => (
            <li key={`${a.by}-${a.at}`}>
              {t('detail.approvedBy', {
                stage: t(`detail.approvalStage.${a.stage}`),
                role: t(`common:roles.${a.role}`, { defaultValue: a.role }),
                by: name(a.by),
                at: formatTime(a.at),
              })}
            </li>
          ))}
        </ol>
      )}
      {plan.higherApprovalReasons.length > 0 && (
        <p className="muted small">{t('detail.higherBecause', { reasons: plan.higherApprovalReasons.join('; ') })}</p>
      )}
      {plan.next === 'SUPERVISOR' && <p role="note">{t('detail.nextSupervisor')}</p>}
      {plan.next === 'HIGHER' && (
        <p role="note">
          {t('detail.nextHigher', {
            roles: plan.higherApproverRoles.map((r) => t(`common:roles.${r}`, { defaultValue: r })).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
