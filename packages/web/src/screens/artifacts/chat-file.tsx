// A chat message's file in its bubble: what it is and its name, with the exhibit it became (its number, a link to
// the exhibit's page), or a word that the export lacks it or that no exhibit holds it.
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { mediaLabel, type Artifact } from './artifact-data';
import { chatFileOf, exhibitOf } from './chat-media';

type Exhibit = RouteOutput<Routes['listEvidence']>[number];

/** The exhibits a conversation's files may be: the item's own, its derived items, and the items beside it. */
export interface ChatExhibits {
  item: { originalPath: string; parentId: string | null } | undefined;
  children: Exhibit[] | undefined;
  siblings: Exhibit[] | undefined;
  /** Every list asked for has come (or failed): an exhibit not found now is not there. */
  settled: boolean;
}

/**
 * Loads what the files of these messages (all of one item) need: the derived items of the item for a WhatsApp
 * archive, the item and the items under its parent for a Telegram export. Nothing is asked when no file is named.
 */
export function useChatExhibits(caseId: string, itemId: string, messages: readonly Artifact[]): ChatExhibits {
  const files = messages.map(chatFileOf);
  const children = files.some((f) => f?.lookIn === 'children');
  const siblings = files.some((f) => f?.lookIn === 'siblings');
  const loaded = useApi(async () => {
    const [own, derived] = await Promise.all([
      siblings ? api.call('getEvidence', { params: { caseId, itemId } }).then((d) => d.item) : undefined,
      children ? api.call('listEvidence', { params: { caseId }, query: { parentId: itemId } }) : undefined,
    ]);
    const beside =
      own && own.parentId !== null ? await api.call('listEvidence', { params: { caseId }, query: { parentId: own.parentId } }) : undefined;
    return { item: own, children: derived, siblings: beside };
  }, [caseId, itemId, children, siblings]);
  return {
    item: loaded.data?.item,
    children: loaded.data?.children,
    siblings: loaded.data?.siblings,
    settled: !loaded.loading,
  };
}

export function ChatFileLine({ caseId, message, exhibits }: { caseId: string; message: Artifact; exhibits: ChatExhibits }) {
  const { t } = useTranslation('artifacts');
  const file = chatFileOf(message);
  if (!file) return null;
  const exhibit = exhibitOf(file, exhibits.item, exhibits.children, exhibits.siblings);
  // Without a parent the items beside it are unknown, so nothing is said of a file not found.
  const looked =
    exhibits.settled &&
    (file.lookIn === 'children' ? exhibits.children !== undefined : file.lookIn === 'siblings' && exhibits.siblings !== undefined);
  return (
    <div className="bubble-media">
      [{mediaLabel(file.kind, t)}
      {file.name ? `: ${file.name}` : ''}]
      {exhibit ? (
        <Link
          className="badge exhibit-link"
          to={`/cases/${caseId}/evidence/${exhibit.id}`}
          title={t('chat.openExhibit', { number: exhibit.exhibitNumber })}
        >
          {exhibit.exhibitNumber}
        </Link>
      ) : file.missing ? (
        <span className="badge warn">{t('chat.notExported')}</span>
      ) : (
        looked && <span className="badge warn">{t(file.lookIn === 'children' ? 'chat.notExtracted' : 'chat.noExhibit')}</span>
      )}
    </div>
  );
}
