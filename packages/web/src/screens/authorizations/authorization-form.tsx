// Recording an authorisation as issued: type and number, who issued it and when, when it may be used, the
// measures it permits, the scope of the data (categories, selectors, exhibits, period), its legal basis and
// grounds. Times are entered as wall times in the case's zone and sent with their offset.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import {
  CATEGORIES,
  COUNTRIES,
  INSTRUMENTS,
  ISSUER_TYPES,
  MEASURES,
  SELECTOR_TYPES,
  TYPES,
  wallTimeToIso,
  type Authorization,
} from './authorization-model';

type Basis = { instrument: string; article: string; domesticProvision: string };
type SelectorRow = { type: (typeof SELECTOR_TYPES)[number]; value: string };

const EMPTY_BASIS: Basis = { instrument: 'DOMESTIC_CPC', article: '', domesticProvision: '' };

export function AuthorizationForm({
  caseId,
  timeZone,
  country,
  onRecorded,
}: {
  caseId: string;
  timeZone: string;
  country: string;
  onRecorded: (authorization: Authorization) => void;
}) {
  const { t, i18n } = useTranslation('authorizations');
  const [type, setType] = useState<(typeof TYPES)[number]>('COURT_WARRANT');
  const [number, setNumber] = useState('');
  const [issuerType, setIssuerType] = useState<(typeof ISSUER_TYPES)[number]>('COURT');
  const [issuerBody, setIssuerBody] = useState('');
  const [issuerName, setIssuerName] = useState('');
  const [issuerCountry, setIssuerCountry] = useState(country);
  const [issuedAt, setIssuedAt] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [validationDue, setValidationDue] = useState('');
  const [measures, setMeasures] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [selectors, setSelectors] = useState<SelectorRow[]>([]);
  const [exhibits, setExhibits] = useState('');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [bases, setBases] = useState<Basis[]>([{ ...EMPTY_BASIS }]);
  const [grounds, setGrounds] = useState('');
  const [conditions, setConditions] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [documentHash, setDocumentHash] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emergency = type === 'EMERGENCY_PROVISIONAL';
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const countries = COUNTRIES.includes(issuerCountry as (typeof COUNTRIES)[number]) ? COUNTRIES : [issuerCountry, ...COUNTRIES];

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const setBasis = (index: number, change: Partial<Basis>) => setBases(bases.map((b, i) => (i === index ? { ...b, ...change } : b)));

  function reset() {
    setNumber('');
    setIssuerName('');
    setIssuedAt('');
    setValidFrom('');
    setValidUntil('');
    setValidationDue('');
    setMeasures([]);
    setCategories([]);
    setSelectors([]);
    setExhibits('');
    setPeriodFrom('');
    setPeriodTo('');
    setBases([{ ...EMPTY_BASIS }]);
    setGrounds('');
    setConditions('');
    setDocumentRef('');
    setDocumentHash('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const issued = wallTimeToIso(issuedAt, timeZone);
    const from = wallTimeToIso(validFrom || issuedAt, timeZone);
    const until = wallTimeToIso(validUntil, timeZone, true);
    const due = validationDue ? wallTimeToIso(validationDue, timeZone) : null;
    if (!issued || !from || !until) return setError(t('form.errors.times'));
    if (Date.parse(until) <= Date.parse(from)) return setError(t('form.errors.inverted'));
    if (measures.length === 0) return setError(t('form.errors.measures'));
    if (emergency && !due) return setError(t('form.errors.validationDue'));
    if (bases.some((b) => !b.domesticProvision.trim())) return setError(t('form.errors.basis'));
    const period =
      periodFrom && periodTo ? { from: wallTimeToIso(periodFrom, timeZone), to: wallTimeToIso(periodTo, timeZone, true) } : null;
    if ((periodFrom || periodTo) && !(period?.from && period.to)) return setError(t('form.errors.period'));
    if (documentHash.trim() && !/^[0-9a-f]{64}$/.test(documentHash.trim().toLowerCase())) return setError(t('form.errors.hash'));
    setBusy(true);
    try {
      const recorded = await api.call('recordAuthorization', {
        params: { caseId },
        body: {
          type,
          number: number.trim(),
          issuerType,
          issuedBy: { body: issuerBody.trim(), name: issuerName.trim(), country: issuerCountry },
          issuedAt: issued,
          validFrom: from,
          validUntil: until,
          measures: measures as Array<(typeof MEASURES)[number]>,
          scope: {
            categories: categories as Array<(typeof CATEGORIES)[number]>,
            selectors: selectors.filter((s) => s.value.trim()).map((s) => ({ type: s.type, value: s.value.trim() })),
            exhibits: exhibits
              .split(/[,;\s]+/)
              .map((e) => e.trim())
              .filter(Boolean),
            period: period ? { from: period.from!, to: period.to! } : null,
          },
          legalBasis: bases.map((b) => ({
            instrument: b.instrument,
            domesticProvision: b.domesticProvision.trim(),
            ...(b.article.trim() ? { article: b.article.trim() } : {}),
          })),
          grounds: grounds.trim(),
          conditions: conditions
            .split('\n')
            .map((c) => c.trim())
            .filter(Boolean),
          ...(emergency && due ? { validationDue: due } : {}),
          ...(documentRef.trim() ? { documentRef: documentRef.trim() } : {}),
          ...(documentHash.trim() ? { documentHash: documentHash.trim().toLowerCase() } : {}),
        },
      });
      reset();
      onRecorded(recorded);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card form-grid authorization-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="add-authorization-title"
      noValidate={false}
    >
      <h2 id="add-authorization-title" className="wide">
        {t('form.title')}
      </h2>
      <p className="muted small wide">{t('form.zone', { zone: timeZone })}</p>

      <Select label={t('fields.type')} value={type} onChange={(e) => setType(e.target.value as (typeof TYPES)[number])}>
        {TYPES.map((v) => (
          <option key={v} value={v}>
            {t(`types.${v}`)}
          </option>
        ))}
      </Select>
      <Field
        label={t('fields.number')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        required
        maxLength={100}
        hint={t('form.numberHint')}
      />

      <Select
        label={t('fields.issuerType')}
        value={issuerType}
        onChange={(e) => setIssuerType(e.target.value as (typeof ISSUER_TYPES)[number])}
      >
        {ISSUER_TYPES.map((v) => (
          <option key={v} value={v}>
            {t(`issuerTypes.${v}`)}
          </option>
        ))}
      </Select>
      <Field
        label={t('fields.issuerBody')}
        value={issuerBody}
        onChange={(e) => setIssuerBody(e.target.value)}
        required
        maxLength={300}
        hint={t('form.bodyHint')}
      />
      <Field label={t('fields.issuerName')} value={issuerName} onChange={(e) => setIssuerName(e.target.value)} maxLength={300} />
      <Select label={t('fields.issuerCountry')} value={issuerCountry} onChange={(e) => setIssuerCountry(e.target.value)}>
        {countries.map((c) => (
          <option key={c} value={c}>
            {regions.of(c) ?? c}
          </option>
        ))}
      </Select>

      <Field label={t('fields.issuedAt')} type="datetime-local" value={issuedAt} onChange={(e) => setIssuedAt(e.target.value)} required />
      <Field
        label={t('fields.validFrom')}
        type="datetime-local"
        value={validFrom}
        onChange={(e) => setValidFrom(e.target.value)}
        hint={t('form.validFromHint')}
      />
      <Field
        label={t('fields.validUntil')}
        type="datetime-local"
        value={validUntil}
        onChange={(e) => setValidUntil(e.target.value)}
        required
      />
      {emergency ? (
        <Field
          label={t('fields.validationDue')}
          type="datetime-local"
          value={validationDue}
          onChange={(e) => setValidationDue(e.target.value)}
          required
          hint={t('form.validationDueHint')}
        />
      ) : (
        <div />
      )}

      <fieldset className="half">
        <legend>{t('fields.measures')}</legend>
        <p className="muted small">{t('form.measuresHint')}</p>
        <div className="checklist">
          {MEASURES.map((m) => (
            <label key={m}>
              <input type="checkbox" checked={measures.includes(m)} onChange={(e) => setMeasures(toggle(measures, m, e.target.checked))} />{' '}
              {t(`measures.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="half">
        <legend>{t('fields.categories')}</legend>
        <p className="muted small">{t('form.categoriesHint')}</p>
        <div className="checklist">
          {CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={categories.includes(c)}
                onChange={(e) => setCategories(toggle(categories, c, e.target.checked))}
              />{' '}
              {t(`categories.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('fields.selectors')}</legend>
        <p className="muted small">{t('form.selectorsHint')}</p>
        {selectors.map((s, i) => (
          <div className="selector-row" key={i}>
            <Select
              label={t('form.selectorType', { n: i + 1 })}
              value={s.type}
              onChange={(e) => setSelectors(selectors.map((x, j) => (j === i ? { ...x, type: e.target.value as SelectorRow['type'] } : x)))}
            >
              {SELECTOR_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`selectorTypes.${v}`)}
                </option>
              ))}
            </Select>
            <Field
              label={t('form.selectorValue', { n: i + 1 })}
              value={s.value}
              onChange={(e) => setSelectors(selectors.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
              maxLength={500}
            />
            <button
              type="button"
              onClick={() => setSelectors(selectors.filter((_, j) => j !== i))}
              aria-label={t('form.removeSelector', { n: i + 1 })}
            >
              {t('form.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setSelectors([...selectors, { type: 'PHONE_E164', value: '' }])}>
          {t('form.addSelector')}
        </button>
      </fieldset>

      <Field label={t('fields.exhibits')} value={exhibits} onChange={(e) => setExhibits(e.target.value)} hint={t('form.exhibitsHint')} />
      <div className="period-pair">
        <Field label={t('form.periodFrom')} type="date" value={periodFrom} onChange={(e) => setPeriodFrom(e.target.value)} />
        <Field label={t('form.periodTo')} type="date" value={periodTo} onChange={(e) => setPeriodTo(e.target.value)} />
      </div>

      <fieldset>
        <legend>{t('fields.legalBasis')}</legend>
        <p className="muted small">{t('form.provisionHint')}</p>
        {bases.map((b, i) => (
          <div className="basis-row" key={i}>
            <Select
              label={t('form.instrument', { n: i + 1 })}
              value={b.instrument}
              onChange={(e) => setBasis(i, { instrument: e.target.value })}
            >
              {INSTRUMENTS.map((v) => (
                <option key={v} value={v}>
                  {t(`instruments.${v}`)}
                </option>
              ))}
            </Select>
            <Field
              label={t('form.article', { n: i + 1 })}
              value={b.article}
              onChange={(e) => setBasis(i, { article: e.target.value })}
              maxLength={100}
            />
            <Field
              label={t('form.domesticProvision', { n: i + 1 })}
              value={b.domesticProvision}
              onChange={(e) => setBasis(i, { domesticProvision: e.target.value })}
              required
              maxLength={300}
            />
            {bases.length > 1 && (
              <button
                type="button"
                onClick={() => setBases(bases.filter((_, j) => j !== i))}
                aria-label={t('form.removeBasis', { n: i + 1 })}
              >
                {t('form.remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setBases([...bases, { ...EMPTY_BASIS }])}>
          {t('form.addBasis')}
        </button>
      </fieldset>

      <div className="wide">
        <TextArea
          label={t('fields.grounds')}
          value={grounds}
          onChange={(e) => setGrounds(e.target.value)}
          required
          rows={3}
          maxLength={10000}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('fields.conditions')}
          value={conditions}
          onChange={(e) => setConditions(e.target.value)}
          rows={2}
          placeholder={t('form.conditionsHint')}
        />
      </div>
      <Field label={t('fields.documentRef')} value={documentRef} onChange={(e) => setDocumentRef(e.target.value)} maxLength={500} />
      <Field
        label={t('fields.documentHash')}
        value={documentHash}
        onChange={(e) => setDocumentHash(e.target.value)}
        pattern="[0-9a-fA-F]{64}"
        hint={t('form.hashHint')}
      />

      <ErrorNote message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}
