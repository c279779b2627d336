// Providers and authorities requests go to: legal entity, country, channel, preservation rule, emergency
// criteria, what each needs and when each fact was last verified; facts not yet verified are marked. The
// administrator adds and edits entries.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, PageTitle } from '../../ui';
import { useFormatDate } from '../analysis/analysis-shared';
import { DirectoryForm } from './directory-form';
import type { Catalogue, DirectoryEntry } from './request-model';
import { RequestsFrame } from './requests-frame';

export function Directory() {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const [version, setVersion] = useState(0);
  const data = useApi(async () => {
    const [directory, catalogue] = await Promise.all([api.call('listDirectory'), api.call('requestCatalogue')]);
    return { entries: directory.entries, catalogue };
  }, [version]);
  const [editing, setEditing] = useState<DirectoryEntry | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const admin = user?.role === 'admin';
  return (
    <>
      <PageTitle
        actions={
          admin && (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('directory.add')}
            </button>
          )
        }
      >
        {t('directory.title')}
      </PageTitle>
      <RequestsFrame>
        <p className="muted">{t('directory.explain')}</p>
        {!admin && <p className="muted small">{t('directory.adminOnly')}</p>}
        {saved && (
          <p className="notice" role="status">
            {saved}
          </p>
        )}
        <ErrorNote message={data.error} />
        {editing && data.data && (
          <DirectoryForm
            entry={editing === 'new' ? null : editing}
            rules={data.data.catalogue.timerRules}
            onCancel={() => setEditing(null)}
            onSaved={(entry) => {
              setEditing(null);
              setSaved(t('directory.saved', { name: entry.name }));
              setVersion((n) => n + 1);
            }}
          />
        )}
        {data.loading && !data.data ? (
          <Loading />
        ) : !data.data?.entries.length ? (
          <Empty>{t('directory.none')}</Empty>
        ) : (
          <div className="directory">
            {data.data.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} catalogue={data.data!.catalogue} onEdit={admin ? () => setEditing(entry) : undefined} />
            ))}
          </div>
        )}
      </RequestsFrame>
    </>
  );
}

function Entry({ entry: e, catalogue, onEdit }: { entry: DirectoryEntry; catalogue: Catalogue; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('requests');
  const formatDate = useFormatDate();
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const rule = catalogue.timerRules.find((r) => r.id === e.preservationRuleId);
  const unverified = (fact: string) => e.unverified.includes(fact);
  const mark = (...facts: string[]) => (facts.some(unverified) ? <span className="badge warn">{t('directory.unverified')}</span> : null);
  const factName = (f: string) => (i18n.exists(`requests:directory.facts.${f}`) ? t(`directory.facts.${f}`) : f);
  const days = (hours: number) => Math.round(hours / 24);
  const country = (() => {
    try {
      const name = e.country ? regions.of(e.country) : undefined;
      return !e.country ? '—' : name && name !== e.country ? `${name} (${e.country})` : e.country;
    } catch {
      return e.country;
    }
  })();
  return (
    <article className="card directory-entry" aria-labelledby={`entry-${e.id}`}>
      <header className="entry-head">
        <h2 id={`entry-${e.id}`}>
          {e.name} <small className="muted">{t(`addresseeKinds.${e.kind}`)}</small>
        </h2>
        {onEdit && (
          <button type="button" onClick={onEdit} aria-label={t('directory.editOf', { name: e.name })}>
            {t('directory.edit')}
          </button>
        )}
      </header>
      <dl className="pairs">
        <dt>{t('directory.legalEntity')}</dt>
        <dd>
          {e.legalEntity || '—'} {mark('legalEntity')}
        </dd>
        <dt>{t('directory.country')}</dt>
        <dd>
          {country} {mark('country')}
        </dd>
        <dt>{t('directory.channel')}</dt>
        <dd>
          {t(`channels.${e.channel}`)}
          {e.contact && <> · {e.contact}</>} {mark('channel', 'contact')}
        </dd>
        <dt>{t('directory.preservation')}</dt>
        <dd>
          {rule ? (
            <>
              <code>{rule.id}</code> · {t('directory.rulePeriod', { days: days(rule.periodHours) })}
              {rule.renewal &&
                (rule.renewal.maxRenewals === null
                  ? `, ${t('directory.ruleRenewal', { days: days(rule.renewal.periodHours) })}`
                  : `, ${t('directory.ruleRenewalTimes', { days: days(rule.renewal.periodHours), count: rule.renewal.maxRenewals })}`)}
              {!rule.verified && <span className="badge warn">{t('detail.unverified')}</span>}
            </>
          ) : e.preservationRuleId ? (
            <code>{e.preservationRuleId}</code>
          ) : (
            <span className="muted">{t('directory.noPreservation')}</span>
          )}{' '}
          {mark('preservationPeriod', 'preservationRenewal')}
        </dd>
        <dt>{t('directory.emergencyCriteria')}</dt>
        <dd>
          {e.emergencyCriteria ?? <span className="muted">{t('directory.noEmergency')}</span>} {mark('emergencyCriteria')}
        </dd>
        <dt>{t('directory.requirements')}</dt>
        <dd className="pre">
          {e.requirements || '—'} {mark('requirements', 'contentRoute')}
        </dd>
        {e.notes && (
          <>
            <dt>{t('directory.notes')}</dt>
            <dd className="pre">{e.notes}</dd>
          </>
        )}
        <dt>{t('directory.verifiedOn')}</dt>
        <dd>
          {e.verifiedOn ? formatDate(e.verifiedOn) : <span className="badge warn">{t('directory.never')}</span>}
          {e.sourceUrl && (
            <>
              {' '}
              ·{' '}
              <a href={e.sourceUrl} target="_blank" rel="noreferrer noopener">
                {t('directory.source')}
              </a>
            </>
          )}
        </dd>
        {e.unverified.length > 0 && (
          <>
            <dt>{t('directory.unverifiedTitle')}</dt>
            <dd>{e.unverified.map(factName).join(', ')}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
