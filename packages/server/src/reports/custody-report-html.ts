// The chain-of-custody report as a self-contained, printable HTML page (English and Russian labels).
import type { CustodyReport } from '@tamga/core';

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function localTime(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
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

export function custodyReportHtml(report: CustodyReport): string {
  const tz = report.case.timeZone;
  const sections = report.items
    .map(({ item, events, incidents }) => {
      const d = item.digests;
      const a = item.acquisition;
      const rows = events
        .map(
          (e) =>
            `<tr><td>${e.seq}</td><td>${escape(e.at)}<br><small>${escape(localTime(e.at, tz))} (${escape(tz)})</small></td><td>${escape(e.actorName)}</td><td>${escape(e.action)}</td><td>${escape(e.justification ?? '')}</td><td class="details">${detailsHtml(e.details)}</td><td><code>${escape(e.hash.slice(0, 16))}…</code></td></tr>`,
        )
        .join('');
      const incidentRows = incidents
        .map(
          (i) =>
            `<li>${escape(i.openedAt)}: ${escape(i.context)} — ${i.resolvedAt ? `resolved ${escape(i.resolvedAt)}: ${escape(i.resolution)}` : '<strong>OPEN</strong>'}</li>`,
        )
        .join('');
      return `<section>
<h2>${escape(item.exhibitNumber)} — ${escape(item.name)}</h2>
<table class="facts">
<tr><th>Kind / Вид</th><td>${escape(item.kind)}</td><th>Status</th><td>${escape(item.status)}</td></tr>
<tr><th>Original path / Исходный путь</th><td colspan="3">${escape(item.originalPath)}</td></tr>
<tr><th>Size / Размер</th><td>${escape(d?.size ?? '—')}</td><th>Root exhibit</th><td>${escape(item.rootExhibitNumber)}</td></tr>
<tr><th>MD5</th><td colspan="3"><code>${escape(d?.md5 ?? '—')}</code></td></tr>
<tr><th>SHA-1</th><td colspan="3"><code>${escape(d?.sha1 ?? '—')}</code></td></tr>
<tr><th>SHA-256</th><td colspan="3"><code>${escape(d?.sha256 ?? '—')}</code></td></tr>
<tr><th>Acquired by / Изъял</th><td>${escape(a.performedBy.name)} (${escape(a.performedBy.role)})</td><th>Method / Метод</th><td>${escape(a.method)}</td></tr>
<tr><th>Tool / Инструмент</th><td>${escape(a.tool.name)} ${escape(a.tool.version)}</td><th>Write blocker</th><td>${escape(a.writeBlocker ?? '—')}</td></tr>
<tr><th>Location / Место</th><td>${escape(a.location ?? '—')}</td><th>Verification</th><td>${escape(a.verification.result)}</td></tr>
<tr><th>Custody / Хранение</th><td colspan="3">${item.custody.sealed ? `sealed, seal ${escape(item.custody.sealNumber)}` : 'not sealed'}${item.custody.disposedAt ? `; disposed ${escape(item.custody.disposedAt)}` : ''}</td></tr>
</table>
${incidentRows ? `<h3>Integrity incidents / Инциденты целостности</h3><ul>${incidentRows}</ul>` : ''}
<h3>Chain of custody / Цепочка хранения</h3>
<table class="events"><thead><tr><th>#</th><th>Time (UTC) / Время</th><th>Who / Кто</th><th>Action / Действие</th><th>Justification / Основание</th><th>Details</th><th>Event hash</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chain of custody — ${escape(report.case.reference)}</title>
<style>
body{font:13px/1.45 system-ui,sans-serif;color:#1d2433;margin:2rem}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f2f4f8;font-weight:600}code{font-size:11px;word-break:break-all}.details{font-size:11px;max-width:30rem;word-break:break-all}.details .k{color:#5a6478}
@media print{body{margin:0}section{page-break-inside:avoid}}
</style></head><body>
<h1>Chain-of-custody report / Отчёт о цепочке хранения</h1>
<p>Case / Дело: <strong>${escape(report.case.reference)}</strong> — ${escape(report.case.title)}<br>
Generated / Сформирован: ${escape(report.generatedAt)} by ${escape(report.generatedBy)}. Every event is part of the hash-chained ledger; <code>tamga verify</code> checks it.</p>
${sections || '<p>No evidence items.</p>'}
</body></html>`;
}
