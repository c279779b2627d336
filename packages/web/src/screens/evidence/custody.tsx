// The exhibit's custody now (holder, storage, seal, check-out, transfer, disposal) and the form for the
// next step, or why no step can be recorded.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { CustodyForm } from './custody-form';
import { memberName, type ItemPanelProps } from './evidence-shared';
import { possibleSteps } from './possible-steps';
import { Row } from './row';

export function Custody({ caseId, item, members, onChanged }: ItemPanelProps) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const { user } = useSession();
  const c = item.custody;
  const steps = possibleSteps(item, user?.role, user?.id);
  return (
    <section className="card" aria-labelledby="custody-title">
      <h2 id="custody-title">{t('detail.custodyNow')}</h2>
      <dl className="pairs">
        <Row label={t('detail.holder')}>{memberName(members, c.holderId)}</Row>
        <Row label={t('detail.storedAt')}>{c.location ?? '—'}</Row>
        <Row label={t('detail.seal')}>{c.sealed ? t('detail.sealedWith', { seal: c.sealNumber ?? '' }) : t('detail.notSealed')}</Row>
        {c.checkedOutTo && <Row label={t('detail.checkedOutTo')}>{memberName(members, c.checkedOutTo)}</Row>}
        {c.pendingTransferTo && <Row label={t('detail.transferTo')}>{memberName(members, c.pendingTransferTo)}</Row>}
        {c.disposedAt && <Row label={t('detail.disposedAt')}>{formatTime(c.disposedAt)}</Row>}
      </dl>
      {steps.length > 0 ? (
        <CustodyForm caseId={caseId} item={item} steps={steps} members={members} onChanged={onChanged} />
      ) : (
        <p className="muted">
          {c.disposedAt
            ? t('detail.noStepsDisposed')
            : c.openIncidentId
              ? t('detail.noStepsIncident')
              : c.pendingTransferTo
                ? t('detail.noStepsTransfer', { name: memberName(members, c.pendingTransferTo) })
                : t('detail.noStepsRole')}
        </p>
      )}
    </section>
  );
}
