// The hash banks screen: every bank with its meaning, source, licence, version and size (never its entries);
// the administrator also creates banks, imports lists into them and turns them on and off.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, PageTitle } from '../../ui';
import { CreateBank, ImportHashes } from './bank-forms';
import { MeaningBadge } from './meaning-badge';
import './hash-banks.css';

type Bank = RouteOutput<Routes['listBanks']>['banks'][number];

export function HashBanks() {
  const { t, i18n } = useTranslation('hash-banks');
  const { user } = useSession();
  const admin = user?.role === 'admin';
  const [version, setVersion] = useState(0);
  const banks = useApi(() => api.call('listBanks'), [version]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formatTime = useFormatTime();
  const numbers = new Intl.NumberFormat(i18n.language);
  const toggle = (bank: Bank) => {
    setError(null);
    api.call('setBankEnabled', { params: { bankId: bank.id }, body: { enabled: !bank.enabled } }).then(
      (changed) => {
        setNote(t('banks.changed', { name: changed.name, state: t(changed.enabled ? 'banks.enabled' : 'banks.disabled') }));
        setVersion((n) => n + 1);
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  };
  const list = banks.data?.banks ?? [];
  return (
    <section>
      <PageTitle>{t('banks.title')}</PageTitle>
      <p className="muted">{t('banks.explain')}</p>
      <ErrorNote message={banks.error ?? error} />
      {note && (
        <p className="ok-note" role="status">
          {note}
        </p>
      )}
      {banks.loading && !banks.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <Empty>{t('banks.none')}</Empty>
      ) : (
        <div className="table-scroll card">
          <table className="table">
            <caption className="visually-hidden">{t('banks.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('banks.name')}</th>
                <th scope="col">{t('banks.meaning')}</th>
                <th scope="col">{t('banks.source')}</th>
                <th scope="col">{t('banks.licence')}</th>
                <th scope="col" className="num">
                  {t('banks.version')}
                </th>
                <th scope="col">{t('banks.entries')}</th>
                <th scope="col">{t('banks.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((bank) => (
                <tr key={bank.id}>
                  <th scope="row">
                    <code>{bank.name}</code>
                    {bank.description && <div className="muted small">{bank.description}</div>}
                  </th>
                  <td>
                    <MeaningBadge meaning={bank.meaning} />
                  </td>
                  <td>{bank.source}</td>
                  <td className="small">{bank.licence}</td>
                  <td className="num">
                    {bank.version}
                    <div className="muted small">{formatTime(bank.updatedAt)}</div>
                  </td>
                  <td className="small nowrap">
                    {(['md5', 'sha1', 'sha256', 'pdq'] as const)
                      .filter((s) => bank.entries[s] > 0)
                      .map((s) => (
                        <div key={s}>
                          {t(`signals.${s}`)}: {numbers.format(bank.entries[s])}
                        </div>
                      ))}
                  </td>
                  <td>
                    <span className={`badge ${bank.enabled ? 'good' : ''}`}>{t(bank.enabled ? 'banks.enabled' : 'banks.disabled')}</span>
                    {admin && (
                      <div>
                        <button
                          type="button"
                          onClick={() => toggle(bank)}
                          aria-label={t(bank.enabled ? 'banks.disable' : 'banks.enable', { name: bank.name })}
                        >
                          {t(bank.enabled ? 'banks.disableShort' : 'banks.enableShort')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <div className="grid-2">
          <CreateBank onCreated={() => setVersion((n) => n + 1)} />
          {list.length > 0 && <ImportHashes banks={list} onImported={() => setVersion((n) => n + 1)} />}
        </div>
      ) : (
        <p className="muted">{t('banks.adminOnly')}</p>
      )}
    </section>
  );
}
