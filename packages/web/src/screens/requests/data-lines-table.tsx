// The data lines a request seeks, as the request page and the letter show them: selector, category and time
// window (in the reader's time and as the letter states it), and on the request page each line's status.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import type { ItemStatus } from './request-model';

/** A line of the request, or of its letter (which carries the codes as plain strings and no status). */
interface DataLine {
  selectorType: string;
  selectorValue: string;
  service?: string;
  category: string;
  windowFrom: string;
  windowTo: string;
  status?: ItemStatus;
}

export function DataLinesTable({ lines, withStatus = false }: { lines: readonly DataLine[]; withStatus?: boolean }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('form.selectorType')}</th>
            <th scope="col">{t('form.selectorValue')}</th>
            <th scope="col">{t('form.category')}</th>
            <th scope="col">{t('detail.window')}</th>
            {withStatus && <th scope="col">{t('detail.itemStatus')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <td>{t(`authorizations:selectorTypes.${line.selectorType}`, { defaultValue: line.selectorType })}</td>
              <td>
                <code>{line.selectorValue}</code>
                {line.service && <small className="muted block">{line.service}</small>}
              </td>
              <td>{t(`authorizations:categories.${line.category}`, { defaultValue: line.category })}</td>
              <td>
                {formatTime(line.windowFrom)} –<br />
                {formatTime(line.windowTo)}
                <small className="muted block">
                  <code>{line.windowFrom}</code> – <code>{line.windowTo}</code>
                </small>
              </td>
              {withStatus && <td>{line.status && t(`itemStatuses.${line.status}`)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
