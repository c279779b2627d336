// The data lines a request seeks, with each line's status.
import { useTranslation } from 'react-i18next';
import { Empty } from '../../ui';
import { DataLinesTable } from './data-lines-table';
import type { RequestDetailData } from './request-model';

export function RequestItems({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const items = detail.request.items;
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">{t('detail.items')}</h2>
      {items.length === 0 ? <Empty>{t('form.noItems')}</Empty> : <DataLinesTable lines={items} withStatus />}
    </section>
  );
}
