// The audit's three outputs: a terminal report (a table per visit, the findings, a one-line
// verdict), JSON for machines, and a standalone HTML page with each visit's screenshot beside its
// findings. Every string that came from the audited site is treated as hostile: control characters
// are removed before it reaches a terminal, and everything is escaped in the HTML.
import type { Manifest } from '../../core/manifest/schema.js';
import { localize } from '../../core/manifest/localize.js';
import { categoryOf, expiryText, SEVERITIES, type Finding, type GpcJsonAnswer, type Severity } from './judge.js';
import type { StorageEntry, VisitRecord } from './record.js';

export interface AuditReport {
  readonly url: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly browser: { readonly path: string; readonly version: string };
  readonly policy: { readonly source: string; readonly version: string; readonly controller: string };
  readonly region?: string;
  readonly pagesPerVisit: number;
  readonly visits: readonly VisitRecord[];
  readonly gpcJson: GpcJsonAnswer;
  readonly findings: readonly Finding[];
  readonly failOn: Severity;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly passed: boolean;
}

export function buildReport(
  fields: Omit<AuditReport, 'counts' | 'passed'>,
  manifest: Manifest,
): AuditReport & { manifest: Manifest } {
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, fields.findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(fields.failOn) + 1);
  return { ...fields, counts, passed: !fields.findings.some((f) => failing.includes(f.severity)), manifest };
}

const describePolicy = ({ policy, region }: AuditReport) =>
  `${policy.source}, version ${policy.version} of ${policy.controller}${region ? `; region ${region}` : ''}`;

export const policyFacts = (manifest: Manifest, source: string) => ({
  source,
  version: manifest.version,
  controller: localize(manifest.controller.name, manifest.language ?? 'en'),
});

/** Removes what a terminal would act on (escape sequences, carriage returns) from untrusted text. */
// eslint-disable-next-line no-control-regex
const clean = (value: unknown) => String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const seconds = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;

const flags = (e: StorageEntry) =>
  e.kind !== 'cookie'
    ? ''
    : [e.secure && 'Secure', e.httpOnly && 'HttpOnly', e.sameSite && `SameSite=${e.sameSite}`]
        .filter(Boolean)
        .join(' ');

const storageRows = (report: AuditReport & { manifest: Manifest }, visit: VisitRecord) =>
  visit.storage.map((e) => [
    e.kind,
    e.name,
    e.kind === 'cookie' ? `${e.domain}${e.path}` : e.domain,
    expiryText(e) ?? '',
    flags(e),
    categoryOf(report.manifest, e) ?? 'UNDECLARED',
    [e.before && 'before', e.after && 'after'].filter(Boolean).join('+'),
    e.setBy ?? '',
  ]);
const STORAGE_HEAD = ['kind', 'name', 'domain/path', 'expires', 'flags', 'category', 'choice', 'set by'];

/** Requests to other sites, one row per host and type. */
function requestRows(visit: VisitRecord) {
  const rows = new Map<string, { host: string; type: string; count: number; before: number }>();
  for (const r of visit.requests) {
    const row = rows.get(`${r.host} ${r.type}`) ?? { host: r.host, type: r.type, count: 0, before: 0 };
    row.count++;
    if (r.beforeChoice) row.before++;
    rows.set(`${r.host} ${r.type}`, row);
  }
  return [...rows.values()].map((r) => [r.host, r.type, String(r.count), r.before ? `yes (${r.before})` : 'no']);
}
const REQUEST_HEAD = ['host', 'type', 'requests', 'before any choice'];

function table(head: string[], rows: string[][], max = 48): string[] {
  const cells = [head, ...rows].map((row) => row.map((c) => cut(clean(c), max)));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map(
    (row) =>
      '  ' +
      row
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
  );
}

const COLOURS: Record<Severity | 'pass' | 'bold' | 'dim', string> = {
  error: '31',
  warning: '33',
  info: '36',
  pass: '32',
  bold: '1',
  dim: '2',
};

/** The terminal report, as lines. */
export function terminalReport(
  report: AuditReport & { manifest: Manifest },
  options: { colour: boolean; suggest: boolean },
): string[] {
  const paint = (what: keyof typeof COLOURS, text: string) =>
    options.colour ? `\u001b[${COLOURS[what]}m${text}\u001b[0m` : text;
  const lines = [
    paint('bold', `privacy-elements audit of ${clean(report.url)}`),
    clean(`browser: ${report.browser.path} (${report.browser.version}); policy: ${describePolicy(report)}`),
  ];
  for (const visit of report.visits) {
    const granted = (choices: Readonly<Record<string, boolean>>) =>
      Object.keys(choices)
        .filter((k) => choices[k])
        .join(', ') || 'none';
    const choice = visit.choice
      ? `; choice stored: ${visit.choice.method}, granted: ${granted(visit.choice.choices)}`
      : '';
    lines.push(
      '',
      paint('bold', `${visit.label}: ${visit.pages.length} page(s) in ${seconds(visit.durationMs)}${clean(choice)}`),
    );
    lines.push(
      ...(visit.storage.length ? table(STORAGE_HEAD, storageRows(report, visit)) : ['  no cookies or storage']),
    );
    const requests = requestRows(visit);
    lines.push(...(requests.length ? table(REQUEST_HEAD, requests) : ['  no requests to other sites']));
    const consentMode = visit.consentMode.filter((r) => r.calls.length).at(-1);
    if (consentMode) {
      const calls = consentMode.calls.map((c) => `${c.action} ${JSON.stringify(c.state)}`).join(' -> ');
      lines.push(`  Consent Mode on ${cut(clean(consentMode.page), 60)}: ${cut(clean(calls), 300)}`);
    }
    const here = report.findings.filter((f) => f.visits.includes(visit.kind));
    lines.push(
      `  findings: ${here.length ? SEVERITIES.map((s) => `${here.filter((f) => f.severity === s).length} ${s}`).join(', ') : 'none'}`,
    );
  }
  lines.push('', paint('bold', `findings (${report.findings.length})`));
  for (const f of report.findings) {
    lines.push(
      `${paint(f.severity, f.severity.toUpperCase().padEnd(7))} ${f.rule}: ${clean(f.message)} [${f.visits.join(', ')}]`,
    );
    const evidence = Object.entries(f.evidence)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    lines.push(paint('dim', `        ${cut(clean(evidence.join('; ')), 400)}`));
    if (options.suggest && f.suggestion)
      lines.push(`        add to a category's items: ${clean(JSON.stringify(f.suggestion))}`);
  }
  if (!report.findings.length) lines.push('  none');
  lines.push('', verdict(report, paint));
  return lines;
}

export function verdict(
  report: AuditReport,
  paint: (what: keyof typeof COLOURS, text: string) => string = (_, t) => t,
) {
  const counts = SEVERITIES.map(
    (s) => `${report.counts[s]} ${s}${report.counts[s] === 1 || s === 'info' ? '' : 's'}`,
  ).join(', ');
  const pages = report.visits.reduce((n, v) => n + v.pages.length, 0);
  const threshold = `fails on ${report.failOn}${report.failOn === 'info' ? '' : ' and above'}`;
  const outcome = report.passed ? paint('pass', 'PASS') : paint('error', 'FAIL');
  return `${outcome}: ${counts} (${threshold}); ${report.visits.length} visit(s), ${pages} page(s), ${seconds(report.durationMs)}`;
}

/** The report for machines: everything but the screenshots. */
export function jsonReport(report: AuditReport & { manifest: Manifest }): string {
  const { manifest: _manifest, ...rest } = report;
  void _manifest;
  return (
    JSON.stringify({ ...rest, visits: rest.visits.map(({ screenshot: _s, ...v }) => (void _s, v)) }, null, 2) + '\n'
  );
}

const escape = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const htmlTable = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const htmlFinding = (f: Finding) =>
  `<li class="${f.severity}"><strong>${escape(f.severity)}</strong> <code>${escape(f.rule)}</code> ${escape(f.message)}` +
  `<pre>${escape(JSON.stringify(f.evidence, null, 2))}</pre>` +
  (f.suggestion ? `<p>Manifest entry to paste:</p><pre>${escape(JSON.stringify(f.suggestion, null, 2))}</pre>` : '') +
  '</li>';

/**
 * A standalone page: no script, no request (the CSP allows only inline styles and data: images),
 * each visit's screenshot beside the findings seen in it.
 */
export function htmlReport(report: AuditReport & { manifest: Manifest }): string {
  const visits = report.visits
    .map((visit) => {
      const here = report.findings.filter((f) => f.visits.includes(visit.kind));
      const shot = visit.screenshot
        ? `<img alt="${escape(`The start page, ${visit.label}`)}" src="data:image/jpeg;base64,${visit.screenshot.toString('base64')}">`
        : '<p>No screenshot.</p>';
      return `<section><h2>${escape(visit.label)}</h2>
<p>${escape(`${visit.pages.length} page(s) in ${seconds(visit.durationMs)}`)}${visit.choice ? escape(`; choice stored: ${visit.choice.method}`) : ''}</p>
<div class="side">${shot}<div><h3>Findings</h3>${here.length ? `<ul>${here.map(htmlFinding).join('')}</ul>` : '<p>None.</p>'}</div></div>
<h3>Cookies and storage</h3>${htmlTable(STORAGE_HEAD, storageRows(report, visit))}
<h3>Requests to other sites</h3>${htmlTable(REQUEST_HEAD, requestRows(visit))}
<h3>Pages</h3><ul>${visit.pages.map((p) => `<li>${escape(p)}</li>`).join('')}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escape(`Privacy audit of ${report.url}`)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;font-size:13px;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top;word-break:break-all}
.side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}.side img{width:100%;border:1px solid #ccc}
li.error strong{color:#b00020}li.warning strong{color:#8a5a00}li.info strong{color:#035388}
pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:.4rem;font-size:12px}
section{border-top:2px solid #ddd;margin-top:1.5rem}
</style></head><body>
<h1>${escape(`Privacy audit of ${report.url}`)}</h1>
<p><strong>${escape(verdict(report))}</strong></p>
<p>${escape(`Browser: ${report.browser.path} (${report.browser.version}). Policy: ${describePolicy(report)}. Started ${report.startedAt}.`)}</p>
<h2>All findings</h2>${report.findings.length ? `<ul>${report.findings.map(htmlFinding).join('')}</ul>` : '<p>None.</p>'}
${visits}
</body></html>
`;
}
