// Adding or editing a directory entry (administrator): every fact of a provider or authority, which facts are
// not yet verified, and the date they were last checked.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { AddresseeFields } from './addressee-fields';
import { requestError, type Catalogue, type DirectoryEntry } from './request-model';

type Input = Omit<DirectoryEntry, 'id' | 'updatedAt' | 'updatedBy'>;
const EMPTY: Input = {
  kind: 'PROVIDER',
  name: '',
  legalEntity: '',
  country: '',
  channel: 'PORTAL',
  contact: '',
  emergencyCriteria: null,
  preservationRuleId: null,
  requirements: '',
  notes: '',
  unverified: [],
  verifiedOn: null,
  sourceUrl: null,
};

export function DirectoryForm({
  entry,
  rules,
  onSaved,
  onCancel,
}: {
  entry: DirectoryEntry | null;
  rules: Catalogue['timerRules'];
  onSaved: (entry: DirectoryEntry) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('requests');
  const [value, setValue] = useState<Input>(() => {
    if (!entry) return EMPTY;
    const { id: _id, updatedAt: _u, updatedBy: _b, ...rest } = entry;
    return rest;
  });
  const [unverified, setUnverified] = useState(value.unverified.join(', '));
  const [failure, setError] = useState<unknown>(null);
  const error = failure ? requestError(failure) : null;
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Input>) => setValue((v) => ({ ...v, ...change }));
  const title = entry ? t('directory.editTitle', { name: entry.name }) : t('directory.addTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: Input = {
      ...value,
      name: value.name.trim(),
      country: value.country.trim().toUpperCase(),
      unverified: unverified
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      emergencyCriteria: value.emergencyCriteria?.trim() ? value.emergencyCriteria.trim() : null,
      sourceUrl: value.sourceUrl?.trim() ? value.sourceUrl.trim() : null,
      verifiedOn: value.verifiedOn || null,
    };
    try {
      const saved = entry
        ? await api.call('updateDirectoryEntry', { params: { entryId: entry.id }, body })
        : await api.call('createDirectoryEntry', { body });
      onSaved(saved);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h2>{title}</h2>
      <div className="form-grid">
        <AddresseeFields value={value} onChange={set} nameRequired />
        <Field label={t('directory.contact')} value={value.contact} onChange={(e) => set({ contact: e.target.value })} maxLength={1000} />
        <Select
          label={t('directory.preservation')}
          value={value.preservationRuleId ?? ''}
          onChange={(e) => set({ preservationRuleId: e.target.value || null })}
        >
          <option value="">{t('directory.noPreservation')}</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.id} ({t('directory.rulePeriod', { days: Math.round(r.periodHours / 24) })})
            </option>
          ))}
        </Select>
        <Field
          label={t('directory.verifiedOn')}
          type="date"
          value={value.verifiedOn ?? ''}
          onChange={(e) => set({ verifiedOn: e.target.value || null })}
        />
        <TextArea
          label={t('directory.emergencyCriteria')}
          rows={2}
          value={value.emergencyCriteria ?? ''}
          onChange={(e) => set({ emergencyCriteria: e.target.value })}
          maxLength={2000}
        />
        <TextArea
          label={t('directory.requirements')}
          rows={2}
          value={value.requirements}
          onChange={(e) => set({ requirements: e.target.value })}
        />
        <TextArea label={t('directory.notes')} rows={2} value={value.notes} onChange={(e) => set({ notes: e.target.value })} />
        <Field
          label={t('directory.unverifiedField')}
          value={unverified}
          onChange={(e) => setUnverified(e.target.value)}
          hint={Object.keys(t('directory.facts', { returnObjects: true }) as Record<string, string>).join(', ')}
        />
        <Field
          label={t('directory.sourceUrl')}
          type="url"
          value={value.sourceUrl ?? ''}
          onChange={(e) => set({ sourceUrl: e.target.value })}
        />
      </div>
      <ErrorNote message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !value.name.trim()}>
          {t('directory.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
