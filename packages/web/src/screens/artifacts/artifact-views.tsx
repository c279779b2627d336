// One view per kind of artefact, used by the browser's detail pane and the full page: chats as conversations,
// e-mails with their headers, images with EXIF and coordinates, web visits and downloads, documents as text.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { list, num, obj, readableAccount, str, type Artifact, type Occurrence } from './artifact-data';
import { SourceTime, utcText } from './artifact-time';
import { Conversation } from './conversation';
import { EmailView } from './email-view';
import { Highlighted } from './highlight';
import { useSize } from './size';

type Row = [label: string, value: ReactNode];

/** A definition list of the rows that have a value. */
export function Facts({ rows }: { rows: Array<Row | null | false> }) {
  const shown = rows.filter((r): r is Row => !!r && r[1] !== null && r[1] !== undefined && r[1] !== '' && r[1] !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="kv">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ArtifactView({
  caseId,
  artifact,
  occurrences,
  full,
}: {
  caseId: string;
  artifact: Artifact;
  occurrences: Occurrence[] | undefined;
  /** The full page shows more context (a longer conversation, every header). */
  full: boolean;
}) {
  switch (artifact.type) {
    case 'message':
      return <MessageView caseId={caseId} artifact={artifact} occurrences={occurrences} full={full} />;
    case 'email':
      return <EmailView caseId={caseId} artifact={artifact} occurrences={occurrences} full={full} />;
    case 'image':
      return <ImageView artifact={artifact} />;
    case 'location':
      return <LocationView artifact={artifact} />;
    case 'web_visit':
      return <WebVisitView artifact={artifact} occurrences={occurrences} />;
    case 'download':
      return <DownloadView artifact={artifact} occurrences={occurrences} />;
    case 'document':
      return <DocumentView artifact={artifact} occurrences={occurrences} />;
    case 'call':
      return <CallView artifact={artifact} />;
    case 'contact':
      return <ContactView artifact={artifact} occurrences={occurrences} />;
    case 'account':
      return <AccountView artifact={artifact} />;
    case 'file_entry':
      return <FileEntryView artifact={artifact} occurrences={occurrences} />;
    default:
      return <GenericView artifact={artifact} occurrences={occurrences} />;
  }
}

function Text({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  if (!artifact.text) return <p className="muted">{t('detail.noText')}</p>;
  return (
    <div className="text-body">
      <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
    </div>
  );
}

function MessageView({
  caseId,
  artifact,
  occurrences,
  full,
}: {
  caseId: string;
  artifact: Artifact;
  occurrences: Occurrence[] | undefined;
  full: boolean;
}) {
  return <Conversation caseId={caseId} anchor={artifact} occurrences={occurrences} around={full ? 25 : 6} />;
}

/** Decimal degrees with the hemisphere, and a link to OpenStreetMap (no tiles here: the network is closed). */
export function Coordinates({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t } = useTranslation('artifacts');
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  const href = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  return (
    <span className="coordinates">
      <code>
        {lat}, {lon}
      </code>{' '}
      <span className="muted">
        ({Math.abs(latitude).toFixed(5)}° {latitude < 0 ? t('geo.south') : t('geo.north')}, {Math.abs(longitude).toFixed(5)}°{' '}
        {longitude < 0 ? t('geo.west') : t('geo.east')})
      </span>{' '}
      <a href={href} target="_blank" rel="noreferrer noopener">
        {t('geo.openMap')}
      </a>
    </span>
  );
}

function ImageView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const gps = obj(f.gpsPosition);
  const lat = gps ? num(gps.latitude) : null;
  const lon = gps ? num(gps.longitude) : null;
  const width = num(f.width);
  const height = num(f.height);
  const camera = [str(f.make), str(f.model)].filter(Boolean).join(' ');
  return (
    <>
      <h3>{t('image.camera')}</h3>
      <Facts
        rows={[
          [t('image.camera'), camera || <span className="muted">{t('image.noCamera')}</span>],
          [t('image.lens'), str(f.lensModel)],
          [t('image.serial'), str(f.serialNumber) && <code>{String(f.serialNumber)}</code>],
          [t('image.software'), str(f.software)],
          [t('image.artist'), str(f.artist)],
          [t('image.description'), str(f.imageDescription)],
          [t('image.format'), str(f.format)?.toUpperCase()],
          [t('image.dimensions'), width !== null && height !== null ? `${width} × ${height}` : null],
        ]}
      />
      <h3>{t('image.times')}</h3>
      <Facts
        rows={[
          [t('image.taken'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [
            t('image.original'),
            str(f.dateTimeOriginal) && <code>{[f.dateTimeOriginal, f.offsetTimeOriginal].filter(Boolean).join(' ')}</code>,
          ],
          [t('image.digitized'), str(f.dateTimeDigitized) && <code>{String(f.dateTimeDigitized)}</code>],
          [t('image.modified'), str(f.modifyDate) && <code>{String(f.modifyDate)}</code>],
          [t('image.timeSource'), str(f.timeSource) && <code>{String(f.timeSource)}</code>],
        ]}
      />
      {!artifact.at && <p className="muted">{t('image.noTime')}</p>}
      <h3>{t('geo.position')}</h3>
      {lat !== null && lon !== null ? (
        <Coordinates latitude={lat} longitude={lon} />
      ) : (
        <p className="muted">{f.gpsIfdPresent ? t('geo.unusable') : t('geo.none')}</p>
      )}
    </>
  );
}

function LocationView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const lat = num(f.latitude);
  const lon = num(f.longitude);
  const altitude = num(f.altitude);
  return (
    <Facts
      rows={[
        [t('geo.position'), lat !== null && lon !== null ? <Coordinates latitude={lat} longitude={lon} /> : null],
        [t('geo.place'), str(f.placeName)],
        [t('geo.address'), str(f.address)],
        [t('geo.altitude'), altitude !== null ? `${altitude} m` : null],
        [t('geo.datum'), str(f.mapDatum)],
        [t('geo.source'), str(f.source) && <code>{String(f.source)}</code>],
        [t('geo.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        [
          t('geo.clockDifference'),
          num(f.cameraClockMinusGpsSeconds) !== null ? t('geo.seconds', { count: num(f.cameraClockMinusGpsSeconds)! }) : null,
        ],
      ]}
    />
  );
}

/** How a browser says the page was reached: Chromium's transition, Firefox's visit type, Safari's redirects. */
function transitionOf(f: Record<string, unknown>): ReactNode {
  const transition = obj(f.transition);
  if (transition) {
    const qualifiers = list(transition.qualifiers).map(String);
    return (
      <>
        <code>{String(transition.core)}</code>
        {qualifiers.length > 0 && <span className="muted"> + {qualifiers.join(', ')}</span>}
        {str(transition.hex) && <span className="muted"> ({String(transition.hex)})</span>}
      </>
    );
  }
  if (str(f.visitTypeName)) return <code>{String(f.visitTypeName)}</code>;
  if (num(f.redirectSource) !== null || num(f.redirectDestination) !== null) return <code>REDIRECT</code>;
  return null;
}

function WebVisitView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const url = str(f.url);
  const searchTerms = list(f.searchTerms).map(String);
  const visits = num(f.urlVisitCount) ?? num(f.placeVisitCount) ?? num(f.itemVisitCount);
  const duration = num(f.visitDurationMicros);
  return (
    <>
      {f.notFromThisDevice === true && (
        <p className="badge warn block">{t('web.notFromThisDevice', { source: str(f.visitSource) ?? '' })}</p>
      )}
      <Facts
        rows={[
          [t('web.url'), url && <code className="url">{<Highlighted text={url} occurrences={occurrences} field="fields.url" />}</code>],
          [t('web.title'), str(f.title)],
          f.kind === 'search_term' && [t('web.searchTerm'), <strong key="term">{str(f.term)}</strong>],
          searchTerms.length > 0 && [t('web.searchTerms'), searchTerms.join(', ')],
          [t('web.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('web.transition'), transitionOf(f)],
          [t('web.browser'), str(f.browser) && t(`web.browsers.${String(f.browser)}`, { defaultValue: String(f.browser) })],
          [t('web.visitSource'), str(f.visitSource) && <code>{String(f.visitSource)}</code>],
          [t('web.visits'), visits],
          [
            t('web.typed'),
            num(f.urlTypedCount) ?? (typeof f.placeTyped === 'boolean' ? (f.placeTyped ? t('common:yes') : t('common:no')) : null),
          ],
          [t('web.duration'), duration !== null && duration > 0 ? t('web.seconds', { count: Math.round(duration / 1_000_000) }) : null],
          [t('web.loaded'), typeof f.loadSuccessful === 'boolean' ? (f.loadSuccessful ? t('common:yes') : t('common:no')) : null],
        ]}
      />
    </>
  );
}

function DownloadView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
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

function DocumentView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const f = artifact.fields;
  return (
    <>
      <Facts
        rows={[
          [t('document.format'), str(f.format)?.toUpperCase()],
          [t('document.title'), str(f.title)],
          [t('document.author'), str(f.author)],
          [t('document.lastModifiedBy'), str(f.lastModifiedBy)],
          [t('document.created'), str(f.created) && formatTime(String(f.created))],
          [t('document.modified'), str(f.modified) && formatTime(String(f.modified))],
          [t('document.pages'), num(f.pageCount)],
          [t('document.encoding'), str(f.encoding)],
          [t('document.lines'), num(f.lines)],
        ]}
      />
      {(f.truncated === true || f.encrypted === true) && (
        <p className="badge warn block">{f.encrypted === true ? t('document.encrypted') : t('document.truncated')}</p>
      )}
      <h3>{t('document.text')}</h3>
      <Text artifact={artifact} occurrences={occurrences} />
    </>
  );
}

function CallView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const party = (role: string) => {
    const a = artifact.actors.find((x) => x.role === role);
    return a ? `${a.name ? `${a.name} ` : ''}(${readableAccount(a.account)})` : null;
  };
  const seconds = num(f.durationSeconds);
  return (
    <Facts
      rows={[
        [t('call.caller'), party('caller')],
        [t('call.callee'), party('callee')],
        [t('call.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        [t('call.duration'), seconds !== null ? t('call.lasted', { count: seconds }) : null],
        [t('call.outcome'), f.missed === true ? t('call.missed') : str(f.discardReason) && <code>{String(f.discardReason)}</code>],
        [t('call.chat'), str(f.chatName)],
      ]}
    />
  );
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string' && v.length > 0);
}

function Actors({ artifact, roles }: { artifact: Artifact; roles?: string[] }) {
  const { t } = useTranslation('artifacts');
  const actors = artifact.actors.filter((a) => !roles || roles.includes(a.role));
  return (
    <Facts
      rows={actors.map((a, i): Row => [
        `${t(`roles.${a.role}`, { defaultValue: a.role })}${actors.filter((x) => x.role === a.role).length > 1 ? ` ${i + 1}` : ''}`,
        <span key={a.account}>
          {a.name ? `${a.name} ` : ''}
          <code>{readableAccount(a.account)}</code>
        </span>,
      ])}
    />
  );
}

function ContactView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const phone = str(f.phoneNumber);
  const source = str(f.source);
  return (
    <>
      <Facts
        rows={[
          [t('contact.name'), artifact.text && <Highlighted text={artifact.text} occurrences={occurrences} field="text" />],
          [t('contact.firstName'), str(f.firstName)],
          [t('contact.lastName'), str(f.lastName)],
          [t('contact.phone'), phone && <code>{phone}</code>],
          [t('contact.normalised'), str(f.phone) !== phone && str(f.phone) && <code>{String(f.phone)}</code>],
          [t('contact.userId'), f.userId !== null && f.userId !== undefined && f.userId !== 0 ? <code>{String(f.userId)}</code> : null],
          [t('contact.source'), source && t(`contact.sources.${source}`, { defaultValue: source })],
          [t('contact.added'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        ]}
      />
      <Actors artifact={artifact} />
      {str(f.vcard) && (
        <details className="raw-fields">
          <summary>vCard</summary>
          <pre>{String(f.vcard)}</pre>
        </details>
      )}
    </>
  );
}

function AccountView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const platform = str(f.platform);
  const phones = [...strings(f.phones), ...(str(f.phone) ? [String(f.phone)] : []), ...(str(f.phoneNumber) ? [String(f.phoneNumber)] : [])];
  const usernames = [...strings(f.usernames), ...(str(f.username) ? [String(f.username)] : [])];
  const messages = num(f.messageCount) ?? num(f.messages);
  const sessions = list(f.sessions).length + list(f.webSessions).length;
  return (
    <>
      {f.isOwner === true && <p className="badge block">{t('account.owner')}</p>}
      <Facts
        rows={[
          [t('account.platform'), platform && t(`account.platforms.${platform}`, { defaultValue: platform })],
          [t('account.account'), artifact.actors[0] && <code>{readableAccount(artifact.actors[0].account)}</code>],
          [
            t('account.names'),
            [...new Set([...strings(f.names), ...[str(f.firstName), str(f.lastName)].filter((x): x is string => !!x)])].join(', '),
          ],
          [t('account.address'), str(f.address) && <code>{String(f.address)}</code>],
          [t('account.phones'), [...new Set(phones)].join(', ')],
          [t('account.usernames'), [...new Set(usernames)].join(', ')],
          [t('account.bio'), str(f.bio)],
          [
            t('account.roles'),
            strings(f.roles)
              .map((r) => t(`roles.${r}`, { defaultValue: r }))
              .join(', '),
          ],
          [t('account.messages'), messages],
          [t('account.chat'), str(f.chat)],
          [t('account.sessions'), sessions > 0 ? sessions : null],
          [t('account.ips'), strings(f.ips).length > 0 && <code>{strings(f.ips).join(', ')}</code>],
        ]}
      />
    </>
  );
}

function FileEntryView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const size = useSize();
  const f = artifact.fields;
  const bytes = num(f.size) ?? num(f.declaredSize);
  const compressed = num(f.compressedSize);
  return (
    <>
      <Facts
        rows={[
          [t('file.name'), str(f.name) && <code>{String(f.name)}</code>],
          [t('file.path'), str(f.path) !== str(f.name) && str(f.path) && <code>{String(f.path)}</code>],
          [t('file.kind'), str(f.kind) && t(`file.kinds.${String(f.kind)}`, { defaultValue: String(f.kind) })],
          [t('file.mime'), str(f.mime) && <code>{String(f.mime)}</code>],
          [t('file.size'), bytes !== null ? size(bytes) : null],
          [
            t('file.compressed'),
            compressed !== null ? `${size(compressed)}${str(f.methodName) ? ` (${String(f.methodName)})` : ''}` : null,
          ],
          [t('file.encrypted'), f.encrypted === true ? t('common:yes') : null],
          [t('file.sha256'), str(f.sha256) && <code>{String(f.sha256)}</code>],
          [t('file.crc32'), str(f.crc32) && <code>{String(f.crc32)}</code>],
          [t('file.symlink'), str(f.symlinkTarget) && <code>{String(f.symlinkTarget)}</code>],
          [t('file.modified'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('document.encoding'), str(f.encoding)],
          [t('document.lines'), num(f.lines)],
        ]}
      />
      {f.pathNeutralised === true && <p className="badge warn block">{t('file.neutralised')}</p>}
      {artifact.text && artifact.text !== str(f.name) && artifact.text !== str(f.path) && (
        <>
          <h3>{t('document.text')}</h3>
          <div className="text-body">
            <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
          </div>
        </>
      )}
    </>
  );
}

/** Anything else: the people and the text; every field is under "All fields". */
function GenericView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  return (
    <>
      <Actors artifact={artifact} />
      {artifact.text && (
        <div className="text-body">
          <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
        </div>
      )}
    </>
  );
}

/** Every field exactly as the parser wrote it, for the examiner who needs what no view shows (built when opened). */
export function RawFields({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const [open, setOpen] = useState(false);
  return (
    <details className="raw-fields" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('detail.rawFields')}</summary>
      {open && (
        <pre>
          {JSON.stringify(
            { time: artifact.time, utc: utcText(artifact.at), actors: artifact.actors, fields: artifact.fields, locator: artifact.locator },
            null,
            2,
          )}
        </pre>
      )}
    </details>
  );
}
