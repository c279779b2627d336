// The request form's section on the addressee: picked from the directory or typed in (kind, name, legal entity,
// country, channel), with a warning when the kind does not suit the request's type.
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui';
import { AddresseeFields } from './addressee-fields';
import type { DirectoryEntry, TypeDefinition } from './request-model';
import { Section, type SectionProps } from './section';

export function AddresseeSection({
  state,
  set,
  invalid,
  type,
  entries,
  chooseEntry,
}: SectionProps & {
  type: TypeDefinition | undefined;
  entries: DirectoryEntry[];
  chooseEntry: (id: string) => void;
}) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.addressee')}>
      <div className="wide">
        <Select label={t('form.directory')} value={state.directoryId} onChange={(e) => chooseEntry(e.target.value)}>
          <option value="">{t('form.directoryNone')}</option>
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.legalEntity ? ` — ${e.legalEntity}` : ''}
            </option>
          ))}
        </Select>
        <p className="muted small">{t('form.directoryHint')}</p>
      </div>
      <AddresseeFields
        value={state.addressee}
        onChange={(change) => set({ addressee: { ...state.addressee, ...change } })}
        invalid={(field) => invalid(`addressee.${field}`)}
      />
      {type && !type.addresseeKinds.includes(state.addressee.kind) && (
        <p className="error wide">
          {t('form.kindMismatch', { kinds: type.addresseeKinds.map((k) => t(`addresseeKinds.${k}`)).join(', ') })}
        </p>
      )}
    </Section>
  );
}
