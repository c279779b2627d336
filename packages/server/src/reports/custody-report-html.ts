// The chain-of-custody report as a self-contained, printable HTML page, in English or Russian. Identifiers,
// digests and action codes stay as recorded: they are what the ledger holds and what `tamga verify` checks.
import type { CustodyReport } from '@tamga/core';

export type ReportLanguage = 'en' | 'ru';

const LABELS = {
  en: {
    title: 'Chain-of-custody report',
    case: 'Case',
    generated: 'Generated',
    by: 'by',
    ledgerNote: 'Every event is part of the hash-chained ledger; <code>tamga verify</code> checks it.',
    kind: 'Kind',
    status: 'Status',
    originalPath: 'Original path',
    size: 'Size in bytes',
    rootExhibit: 'Root exhibit',
    acquiredBy: 'Acquired by',
    method: 'Method',
    tool: 'Tool',
    writeBlocker: 'Write blocker',
    location: 'Location',
    verification: 'Verification',
    custody: 'Custody',
    sealed: 'sealed, seal',
    notSealed: 'not sealed',
    disposed: 'disposed',
    incidents: 'Integrity incidents',
    resolved: 'resolved',
    open: 'OPEN',
    chain: 'Chain of custody',
    time: 'Time (UTC)',
    who: 'Who',
    action: 'Action',
    justification: 'Justification',
    details: 'Details',
    hash: 'Event hash',
    noItems: 'No evidence items.',
  },
  ru: {
    title: 'Отчёт о цепочке хранения',
    case: 'Дело',
    generated: 'Сформирован',
    by: 'пользователем',
    ledgerNote: 'Каждое событие входит в журнал, связанный цепочкой хешей; его проверяет <code>tamga verify</code>.',
    kind: 'Вид',
    status: 'Состояние',
    originalPath: 'Исходный путь',
    size: 'Размер в байтах',
    rootExhibit: 'Исходный объект',
    acquiredBy: 'Изъял',
    method: 'Метод',
    tool: 'Инструмент',
    writeBlocker: 'Блокиратор записи',
    location: 'Место',
    verification: 'Проверка',
    custody: 'Хранение',
    sealed: 'опечатан, пломба',
    notSealed: 'не опечатан',
    disposed: 'уничтожен',
    incidents: 'Инциденты целостности',
    resolved: 'закрыт',
    open: 'ОТКРЫТ',
    chain: 'Цепочка хранения',
    time: 'Время (UTC)',
    who: 'Кто',
    action: 'Действие',
    justification: 'Основание',
    details: 'Подробности',
    hash: 'Хеш события',
    noItems: 'Объектов нет.',
  },
} satisfies Record<ReportLanguage, Record<string, string>>;

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function localTime(iso: string, timeZone: string, language: ReportLanguage): string {
  try {
    return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  } catch {
    return iso;
  }
}

function detailsHtml(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(
      ([key, value]) =>
        `<div><span class="k">${escape(key)}</span> ${escape(typeof value === 'object' ? JSON.stringify(value) : value)}</div>`,
    )
    .join('');
}

export function custodyReportHtml(report: CustodyReport, language: ReportLanguage = 'en'): string {
  const l = LABELS[language];
  const tz = report.case.timeZone;
  const sections = report.items
    .map(({ item, events, incidents }) => {
      const d = item.digests;
      const a = item.acquisition;
      const rows = events
        .map(
          (e) =>
            `<tr><td>${e.seq}</td><td>${escape(e.at)}<br><small>${escape(localTime(e.at, tz, language))} (${escape(tz)})</small></td><td>${escape(e.actorName)}</td><td>${escape(e.action)}</td><td>${escape(e.justification ?? '')}</td><td class="details">${detailsHtml(e.details)}</td><td><code>${escape(e.hash.slice(0, 16))}…</code></td></tr>`,
        )
        .join('');
      const incidentRows = incidents
        .map(
          (i) =>
            `<li>${escape(i.openedAt)}: ${escape(i.context)} — ${i.resolvedAt ? `${l.resolved} ${escape(i.resolvedAt)}: ${escape(i.resolution)}` : `<strong>${l.open}</strong>`}</li>`,
        )
        .join('');
      const custody = `${item.custody.sealed ? `${l.sealed} ${escape(item.custody.sealNumber)}` : l.notSealed}${
        item.custody.disposedAt ? `; ${l.disposed} ${escape(item.custody.disposedAt)}` : ''
      }`;
      return `<section>
<h2>${escape(item.exhibitNumber)} — ${escape(item.name)}</h2>
<table class="facts">
<tr><th>${l.kind}</th><td>${escape(item.kind)}</td><th>${l.status}</th><td>${escape(item.status)}</td></tr>
<tr><th>${l.originalPath}</th><td colspan="3">${escape(item.originalPath)}</td></tr>
<tr><th>${l.size}</th><td>${escape(d?.size ?? '—')}</td><th>${l.rootExhibit}</th><td>${escape(item.rootExhibitNumber)}</td></tr>
<tr><th>MD5</th><td colspan="3"><code>${escape(d?.md5 ?? '—')}</code></td></tr>
<tr><th>SHA-1</th><td colspan="3"><code>${escape(d?.sha1 ?? '—')}</code></td></tr>
<tr><th>SHA-256</th><td colspan="3"><code>${escape(d?.sha256 ?? '—')}</code></td></tr>
<tr><th>${l.acquiredBy}</th><td>${escape(a.performedBy.name)} (${escape(a.performedBy.role)})</td><th>${l.method}</th><td>${escape(a.method)}</td></tr>
<tr><th>${l.tool}</th><td>${escape(a.tool.name)} ${escape(a.tool.version)}</td><th>${l.writeBlocker}</th><td>${escape(a.writeBlocker ?? '—')}</td></tr>
<tr><th>${l.location}</th><td>${escape(a.location ?? '—')}</td><th>${l.verification}</th><td>${escape(a.verification.result)}</td></tr>
<tr><th>${l.custody}</th><td colspan="3">${custody}</td></tr>
</table>
${incidentRows ? `<h3>${l.incidents}</h3><ul>${incidentRows}</ul>` : ''}
<h3>${l.chain}</h3>
<table class="events"><thead><tr><th>#</th><th>${l.time}</th><th>${l.who}</th><th>${l.action}</th><th>${l.justification}</th><th>${l.details}</th><th>${l.hash}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${l.title} — ${escape(report.case.reference)}</title>
<style>
body{font:13px/1.45 system-ui,sans-serif;color:#1d2433;margin:2rem}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f2f4f8;font-weight:600}code{font-size:11px;word-break:break-all}.details{font-size:11px;max-width:30rem;word-break:break-all}.details .k{color:#5a6478}
@media print{body{margin:0}section{page-break-inside:avoid}}
</style></head><body>
<h1>${l.title}</h1>
<p>${l.case}: <strong>${escape(report.case.reference)}</strong> — ${escape(report.case.title)}<br>
${l.generated}: ${escape(report.generatedAt)} ${l.by} ${escape(report.generatedBy)}. ${l.ledgerNote}</p>
${sections || `<p>${l.noItems}</p>`}
</body></html>`;
}
