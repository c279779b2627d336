// A browser download: the address and redirect chain, where it was saved, when, how much arrived, and its state.
import { useTranslation } from 'react-i18next';
import { useFormatTime, useSize } from '../../format';
import { list, num, str, type Artifact, type Occurrence } from './artifact-data';
import { SourceTime } from './artifact-time';
import { Facts } from './facts';
import { Highlighted } from './highlight';

export function DownloadView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const size = useSize();
  const formatTime = useFormatTime();
  const f = artifact.fields;
  const url = str(f.url);
  const received = num(f.receivedBytes);
  const total = num(f.totalBytes);
  const chain = list(f.urlChain).map(String);
  return (
    <Facts
      rows={[
        [t('web.url'), url && <code className="url">{<Highlighted text={url} occurrences={occurrences} field="fields.url" />}</code>],
        chain.length > 1 && [t('download.chain'), <code key="chain">{chain.join(' → ')}</code>],
        [t('download.target'), str(f.targetPath) && <code>{String(f.targetPath)}</code>],
        [t('download.current'), str(f.currentPath) !== str(f.targetPath) && str(f.currentPath) && <code>{String(f.currentPath)}</code>],
        [t('download.started'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        [t('download.ended'), str(f.endTime) && formatTime(String(f.endTime))],
        [
          t('download.size'),
          received !== null
            ? total !== null && total !== received
              ? t('download.partial', { received: size(received), total: size(total) })
              : size(received)
            : null,
        ],
        [t('download.state'), str(f.stateName) && <code>{String(f.stateName)}</code>],
        [t('download.danger'), num(f.dangerType) !== null && num(f.dangerType) !== 0 ? <code>{String(f.dangerType)}</code> : null],
        [t('download.referrer'), str(f.referrer) && <code className="url">{String(f.referrer)}</code>],
        [t('web.browser'), str(f.browser) && t(`web.browsers.${String(f.browser)}`, { defaultValue: String(f.browser) })],
      ]}
    />
  );
}
