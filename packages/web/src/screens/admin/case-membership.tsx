// Every case by reference and status with its members and their levels, each opening an editor of its members.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading } from '../../ui';
import { MemberEditor } from './member-editor';

export function CaseMembership() {
  const { t } = useTranslation('admin');
  const cases = useApi(() => api.call('adminCases'), []);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="admin-cases-title" className="admin-cases">
      <h2 id="admin-cases-title">{t('users.cases')}</h2>
      <p className="muted">{t('users.casesExplain')}</p>
      <ErrorNote message={cases.error} />
      {cases.loading && !cases.data ? (
        <Loading />
      ) : cases.data?.length === 0 ? (
        <Empty>{t('users.noCases')}</Empty>
      ) : (
        <table className="table admin-table" aria-labelledby="admin-cases-title">
          <thead>
            <tr>
              <th scope="col">{t('users.reference')}</th>
              <th scope="col">{t('cases:status')}</th>
              <th scope="col">{t('users.members')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data?.map((c) => (
              <Fragment key={c.id}>
                <tr>
                  <th scope="row">
                    {c.reference}
                    {c.training && <span className="badge">{t('users.training')}</span>}
                  </th>
                  <td>{t(`cases:statuses.${c.status}`)}</td>
                  <td>
                    <ul className="plain">
                      {c.members.map((m) => (
                        <li key={m.userId}>
                          <code>{m.username}</code> — {t(`common:levels.${m.level}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-expanded={open === c.id}
                      aria-controls={`members-${c.id}`}
                      aria-label={t(open === c.id ? 'users.hideOf' : 'users.manageOf', { reference: c.reference })}
                      onClick={() => setOpen(open === c.id ? null : c.id)}
                    >
                      {open === c.id ? t('common:close') : t('users.manage')}
                    </button>
                  </td>
                </tr>
                {open === c.id && (
                  <tr id={`members-${c.id}`}>
                    <td colSpan={4}>
                      <MemberEditor caseId={c.id} reference={c.reference} members={c.members} onChanged={cases.reload} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
