// The date order of a WhatsApp chat (FORMATS.md §2.4), when the parser that read the exhibit offers the choice:
// left to the parser's rule, or day or month first as the investigator knows it. Choosing reads the chat again. A
// choice left from an earlier parser that the present one does not read can only be cleared.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { ErrorNote } from '../../ui';
import type { EvidenceItem, ItemProcessing, Member } from './evidence-shared';
import { DATE_ORDERS, dateOrderControl, dateOrderOf, daysFirstOf, mayChooseReading, parsersOnce, type DateOrder } from './reading-choices';

/** The server's parsers with the choices each offers, asked once per page load (parsersOnce). */
export function useParsers() {
  return useApi(() => parsersOnce(() => api.call('listParsers').then((r) => r.parsers)), []);
}

export function DateOrderChoice({
  caseId,
  item,
  state,
  waiting,
  members,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItem;
  state: ItemProcessing;
  waiting: boolean;
  members: Member[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('evidence');
  const { user } = useSession();
  const parsers = useParsers();
  // The order asked for, shown until the state read after it arrives (its update time differs from this one's).
  const [asked, setAsked] = useState<{ order: DateOrder; before: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const titleId = useId();
  const hintId = useId();
  const control = dateOrderControl(parsers.data, state);
  if (!state || !control) return null;

  const level = members?.find((m) => m.userId === user?.id)?.level;
  const allowed = mayChooseReading(user?.role, level);
  const busy = asked !== null && asked.before === state.updatedAt;
  const current = busy ? asked.order : dateOrderOf(state.reading);

  async function choose(order: DateOrder, before: string) {
    setAsked({ order, before });
    setFailure(null);
    try {
      await api.call('chooseReading', { params: { caseId, itemId: item.id }, body: { daysFirst: daysFirstOf(order) } });
      onChanged();
    } catch (caught) {
      setAsked(null);
      setFailure(caught);
    }
  }

  return (
    <section className="reading-choice" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('detail.dateOrder.title')}</h3>
      <div className="choice-buttons" role="group" aria-labelledby={titleId} aria-describedby={hintId}>
        {DATE_ORDERS.map((order) => (
          <button
            key={order}
            type="button"
            aria-pressed={current === order}
            disabled={!allowed || waiting || busy || (control === 'left' && order !== 'auto')}
            onClick={() => current !== order && void choose(order, state.updatedAt)}
          >
            {t(`detail.dateOrder.${order}`)}
          </button>
        ))}
      </div>
      <p id={hintId} className="muted small">
        {t(control === 'left' ? 'detail.dateOrder.left' : 'detail.dateOrder.hint')}
      </p>
      {!allowed && <p className="muted small">{t('detail.dateOrder.notAllowed')}</p>}
      <ErrorNote message={failure ? errorMessage(failure) : null} />
    </section>
  );
}
