// Opening a case: reference, title, country and zone, and its offences — national articles typed in, the
// international classifications picked from the catalogue.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { navigate } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Field, PageTitle, Select, TextArea } from '../../ui';

type Offence = { framework: 'NATIONAL' | 'BUDAPEST' | 'UNODC_TUI'; code: string; country?: string };

const COUNTRIES: Array<[string, string]> = [
  ['KZ', 'Asia/Almaty'],
  ['KG', 'Asia/Bishkek'],
  ['TJ', 'Asia/Dushanbe'],
  ['TM', 'Asia/Ashgabat'],
  ['UZ', 'Asia/Tashkent'],
];

export function CreateCase() {
  const { t, i18n } = useTranslation('cases');
  const catalogue = useApi(() => api.call('offences'), []);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [country, setCountry] = useState('KZ');
  const [timeZone, setTimeZone] = useState('Asia/Almaty');
  const [national, setNational] = useState('');
  const [offences, setOffences] = useState<Offence[]>([]);
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language === 'ru' ? 'ru' : 'en';

  const addNational = () => {
    const code = national.trim();
    if (!code || offences.some((o) => o.framework === 'NATIONAL' && o.code === code)) return;
    setOffences([...offences, { framework: 'NATIONAL', code, country }]);
    setNational('');
  };
  const toggle = (offence: Offence, on: boolean) =>
    setOffences(on ? [...offences, offence] : offences.filter((o) => !(o.framework === offence.framework && o.code === offence.code)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await api.call('createCase', {
        body: {
          reference,
          title,
          description,
          country,
          timeZone,
          offences: offences.map((o) => (o.framework === 'NATIONAL' ? { ...o, country } : o)),
        },
      });
      navigate(`/cases/${created.id}`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section>
      <PageTitle>{t('createTitle')}</PageTitle>
      <form className="card form-grid" onSubmit={(e) => void submit(e)}>
        <Field label={t('reference')} value={reference} onChange={(e) => setReference(e.target.value)} required maxLength={100} />
        <Field label={t('caseTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
        <Select
          label={t('country')}
          value={country}
          onChange={(e) => {
            setCountry(e.target.value);
            setTimeZone(COUNTRIES.find(([c]) => c === e.target.value)?.[1] ?? timeZone);
          }}
        >
          {COUNTRIES.map(([c]) => (
            <option key={c} value={c}>
              {new Intl.DisplayNames([i18n.language], { type: 'region' }).of(c)}
            </option>
          ))}
        </Select>
        <Field label={t('timeZone')} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} required />
        <TextArea label={t('description')} value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
        <fieldset className="offences">
          <legend>{t('offences')}</legend>
          <div className="inline-add">
            <Field
              label={t('nationalOffence')}
              hint={t('nationalHint')}
              value={national}
              onChange={(e) => setNational(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addNational();
                }
              }}
            />
            <button type="button" onClick={addNational}>
              {t('addNational')}
            </button>
          </div>
          <ul className="chips" aria-live="polite">
            {offences
              .filter((o) => o.framework === 'NATIONAL')
              .map((o) => (
                <li key={o.code}>
                  {country} {o.code}{' '}
                  <button type="button" aria-label={t('removeOffence', { code: o.code })} onClick={() => toggle(o, false)}>
                    ×
                  </button>
                </li>
              ))}
          </ul>
          <p className="label">{t('international')}</p>
          <div className="checklist">
            {catalogue.data?.map((d) => {
              const checked = offences.some((o) => o.framework === d.framework && o.code === d.code);
              return (
                <label key={`${d.framework}:${d.code}`}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => toggle({ framework: d.framework, code: d.code }, e.target.checked)}
                  />{' '}
                  <code>{d.code}</code> {d.labels[language]}
                </label>
              );
            })}
          </div>
        </fieldset>
        <ErrorNote message={error ?? catalogue.error} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('common:create')}
          </button>
        </div>
      </form>
    </section>
  );
}
