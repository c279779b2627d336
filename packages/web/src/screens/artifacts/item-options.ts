// The evidence items a filter can name: the case's exhibits and the files inside its folders, by exhibit number.
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api';

export interface ItemOption {
  id: string;
  label: string;
}

type Item = { id: string; exhibitNumber: string; name: string; kind: string };

async function walk(caseId: string): Promise<ItemOption[]> {
  const options: ItemOption[] = [];
  let level: Item[] = await api.call('listEvidence', { params: { caseId } });
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const folders: Item[] = [];
    for (const item of level) {
      if (item.kind === 'folder') folders.push(item);
      else options.push({ id: item.id, label: `${item.exhibitNumber} · ${item.name}` });
    }
    const children = await Promise.all(folders.map((f) => api.call('listEvidence', { params: { caseId }, query: { parentId: f.id } })));
    level = children.flat();
  }
  return options.sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
}

/** Options for an item filter; an item named in the address but not among them (a derived item) is added. */
export function useItemOptions(caseId: string, selected: string | null): { options: ItemOption[]; error: string | null } {
  const [options, setOptions] = useState<ItemOption[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    walk(caseId).then(
      (found) => live && setOptions(found),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [caseId]);
  const missing = selected !== null && !options.some((o) => o.id === selected);
  useEffect(() => {
    if (!missing || !selected) return;
    let live = true;
    api.call('getEvidence', { params: { caseId, itemId: selected } }).then(
      ({ item }) =>
        live &&
        setOptions((current) =>
          current.some((o) => o.id === item.id) ? current : [...current, { id: item.id, label: `${item.exhibitNumber} · ${item.name}` }],
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId, selected, missing]);
  return { options, error };
}

/** `EXH-008/1 · name` for each item named, each looked up once, as the filter above looks up a derived item. */
export function useItemLabels(caseId: string, itemIds: string[]): ReadonlyMap<string, string> {
  const [labels, setLabels] = useState<{ caseId: string; map: Map<string, string> }>({ caseId, map: new Map() });
  const asked = useRef({ caseId, ids: new Set<string>() });
  if (asked.current.caseId !== caseId) asked.current = { caseId, ids: new Set() };
  const wanted = [...new Set(itemIds)].filter((id) => !asked.current.ids.has(id));
  useEffect(() => {
    if (wanted.length === 0) return;
    for (const id of wanted) asked.current.ids.add(id);
    for (const id of wanted)
      api.call('getEvidence', { params: { caseId, itemId: id } }).then(
        ({ item }) =>
          setLabels((current) => {
            const map = new Map(current.caseId === caseId ? current.map : []);
            map.set(item.id, `${item.exhibitNumber} · ${item.name}`);
            return { caseId, map };
          }),
        () => undefined,
      );
  }, [caseId, wanted.join(',')]);
  return labels.caseId === caseId ? labels.map : new Map();
}
