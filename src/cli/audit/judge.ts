// Judges what the visits recorded against the policy manifest. Each finding names its rule, a
// severity, the visits it was seen in and the evidence; storage the policy does not declare comes
// with a manifest entry to paste.
import type { Category, Manifest, StorageItem } from '../../core/manifest/schema.js';
import { disclosedCategories } from '../../core/consent/store.js';
import { addDuration, parseDuration } from '../../core/duration.js';
import { decideSignals } from '../../core/signals/decision.js';
import { gpcJson } from '../../core/signals/gpc-json.js';
import { knownHost, registrableDomain } from './known-hosts.js';
import type { ConsentModeReading, StorageEntry, VisitKind, VisitRecord } from './record.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly visits: VisitKind[];
  readonly evidence: Readonly<Record<string, unknown>>;
  /** For storage the policy does not declare: an entry for a category's `items`. */
  readonly suggestion?: Readonly<Record<string, string>>;
}

/** What `/.well-known/gpc.json` answered. */
export interface GpcJsonAnswer {
  readonly url: string;
  readonly status?: number;
  readonly contentType?: string;
  readonly body?: string;
  readonly error?: string;
}

export interface JudgeOptions {
  readonly siteUrl: string;
  readonly ourBanner: boolean;
  readonly region?: string;
  readonly trackerHosts: readonly string[];
  readonly gpcJson: GpcJsonAnswer;
}

const DAY_MS = 86_400_000;
/** Slack for a cookie's expiry against its declared lifetime: clocks, rounding, a clock change. */
const LIFETIME_SLACK_MS = DAY_MS;

/** The words `disclosedCategories` needs for the category it may add; only ids and names matter here. */
const WORDS = { necessaryCategory: 'Strictly necessary', choiceCookie: 'Keeps your privacy choices' };

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const matchesName = (declared: string, name: string) =>
  declared.includes('*')
    ? new RegExp(`^${declared.split('*').map(escapeRegExp).join('.*')}$`).test(name)
    : declared === name;

/** The declared item for a piece of storage: same name (a `*` in the policy stands for any text) and kind, else the same name. */
function declarationOf(
  categories: readonly Category[],
  entry: StorageEntry,
): { category: Category; item: StorageItem } | undefined {
  const all = categories.flatMap((category) => (category.items ?? []).map((item) => ({ category, item })));
  const named = all.filter(({ item }) => matchesName(item.name, entry.name));
  return named.find(({ item }) => (item.kind ?? 'cookie') === entry.kind) ?? named[0];
}

/** The category a piece of storage is declared in, by id, or undefined. */
export const categoryOf = (manifest: Manifest, entry: StorageEntry) =>
  declarationOf(disclosedCategories(manifest, WORDS), entry)?.category.id;

const storageLabel = (e: StorageEntry) =>
  e.kind === 'cookie' ? `cookie ${e.name} (${e.domain}${e.path ?? ''})` : `${e.kind} ${e.name} (${e.domain})`;

export const expiryText = (e: StorageEntry) => {
  if (e.kind !== 'cookie') return undefined;
  return e.expires === undefined || e.expires < 0 ? 'session' : new Date(e.expires * 1000).toISOString();
};

const storageEvidence = (e: StorageEntry) => ({
  kind: e.kind,
  name: e.name,
  domain: e.domain,
  ...(e.kind === 'cookie'
    ? { path: e.path, expires: expiryText(e), sameSite: e.sameSite, secure: e.secure, httpOnly: e.httpOnly }
    : {}),
  setBy: e.setBy ?? 'not reported by the browser',
  page: e.page,
});

/** A manifest entry describing the storage as seen; its purpose is left for the site to write. */
function suggestionFor(e: StorageEntry, visit: VisitRecord, site: string): Record<string, string> {
  const third = e.kind === 'cookie' && registrableDomain(e.domain.replace(/^\./, '')) !== site;
  const duration =
    e.kind === 'sessionStorage' || (e.kind === 'cookie' && (e.expires ?? -1) < 0)
      ? 'session'
      : e.kind === 'cookie'
        ? `P${Math.max(1, Math.round((e.expires! * 1000 - visit.startedAt) / DAY_MS))}D`
        : 'unspecified';
  return {
    name: e.name,
    ...(e.kind === 'cookie' ? {} : { kind: e.kind }),
    purpose: 'TODO: what it is for',
    duration,
    party: third ? 'third' : 'first',
    ...(third ? { provider: e.domain.replace(/^\./, '') } : {}),
  };
}

/** Every string of a text that may be a map of language to string. */
const textsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string') : [];
};
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether the policy names the party behind a third-party site: by a URL on that site, or by name. */
function namedBy(manifest: Manifest, categories: readonly Category[], domain: string, vendor?: string): boolean {
  const urls = (manifest.recipients ?? []).flatMap((r) => [r.url, r.privacyPolicy]).filter((u): u is string => !!u);
  if (
    urls.some((u) => {
      try {
        return registrableDomain(new URL(u).hostname) === domain;
      } catch {
        return false;
      }
    })
  )
    return true;
  const names = [
    ...(manifest.recipients ?? []).flatMap((r) => textsOf(r.name)),
    ...categories.flatMap((c) => (c.items ?? []).flatMap((i) => [...textsOf(i.provider), ...textsOf(i.where)])),
  ].map(squash);
  const label = /^[\d.]+$/.test(domain) || domain.includes(':') ? '' : squash(domain.split('.')[0]);
  const vendorWord = vendor ? squash(vendor.split(/\s/)[0]) : '';
  const words = [label, squash(domain), vendorWord].filter((w) => w.length >= 4);
  return names.some((n) => words.some((w) => n.includes(w)));
}

/**
 * The Consent Mode state a page had reached for a visitor in no particular region: the defaults
 * without a `region`, then each update, per type.
 */
export function consentModeState(reading: ConsentModeReading): Record<string, string> {
  const state: Record<string, string> = {};
  for (const call of reading.calls)
    if ((call.action === 'default' && !call.region) || call.action === 'update') Object.assign(state, call.state);
  return state;
}

/** Collects findings, one per rule and subject, naming every visit it was seen in. */
class Findings {
  readonly list: Finding[] = [];
  private readonly byKey = new Map<string, Finding>();

  add(key: string, visit: VisitKind, finding: Omit<Finding, 'visits'>) {
    const known = this.byKey.get(`${finding.rule} ${key}`);
    if (known) {
      if (!known.visits.includes(visit)) known.visits.push(visit);
      return;
    }
    const created: Finding = { ...finding, visits: [visit] };
    this.byKey.set(`${finding.rule} ${key}`, created);
    this.list.push(created);
  }
}

const AD_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization'];

/** Judges the visits; findings come sorted by severity, errors first. */
export function judge(manifest: Manifest, visits: readonly VisitRecord[], options: JudgeOptions): Finding[] {
  const findings = new Findings();
  const categories = disclosedCategories(manifest, WORDS);
  const site = registrableDomain(new URL(options.siteUrl).hostname.replace(/^\[|\]$/g, ''));
  const optionalTypes = new Set([
    ...AD_TYPES,
    ...categories.filter((c) => !c.necessary).flatMap((c) => c.consentMode ?? []),
  ]);
  const gpc = decideSignals({ gpc: true, dnt: undefined }, manifest, options.region);

  if (!options.ourBanner)
    findings.add('', 'first', {
      rule: 'no-banner',
      severity: 'info',
      message: 'The page does not run <privacy-banner> with its page API: only the first visit was made and judged.',
      evidence: { page: options.siteUrl },
    });

  for (const visit of visits) {
    for (const problem of visit.problems)
      findings.add(problem.text, visit.kind, {
        rule: 'visit-incomplete',
        severity: problem.severity,
        message: `The visit could not do all it should: ${problem.text}.`,
        evidence: { problem: problem.text },
      });

    for (const entry of visit.storage) {
      const key = `${entry.kind} ${entry.name} ${entry.domain} ${entry.path ?? ''}`;
      const declared = declarationOf(categories, entry);
      const afterReject = visit.kind === 'reject' && entry.after;
      if (!declared) {
        const unconsented = entry.before || afterReject;
        findings.add(key, visit.kind, {
          rule: 'undeclared-storage',
          severity: unconsented ? 'error' : 'warning',
          message: `${storageLabel(entry)} is not declared in any category of the policy${unconsented ? ', and was stored without consent' : ''}.`,
          evidence: storageEvidence(entry),
          suggestion: suggestionFor(entry, visit, site),
        });
        continue;
      }
      const { category, item } = declared;
      const evidence = { ...storageEvidence(entry), category: category.id, declared: item.name };
      if (!category.necessary && entry.before)
        findings.add(key, visit.kind, {
          rule: 'optional-before-choice',
          severity: 'error',
          message: `${storageLabel(entry)} of the optional category "${category.id}" was stored before the visitor chose.`,
          evidence,
        });
      if (!category.necessary && afterReject)
        findings.add(key, visit.kind, {
          rule: 'optional-after-reject',
          severity: 'error',
          message: `${storageLabel(entry)} of the optional category "${category.id}" was there after "Reject all".`,
          evidence,
        });
      if (visit.kind === 'gpc' && gpc.gpcHonoured && gpc.locked.includes(category.id))
        findings.add(key, visit.kind, {
          rule: 'gpc-not-honoured',
          severity: 'error',
          message:
            `${storageLabel(entry)} of the category "${category.id}", which Global Privacy Control opts out of, ` +
            'was stored with the signal on.',
          evidence: { ...evidence, region: options.region ?? 'not given' },
        });
      if (
        entry.kind === 'cookie' &&
        entry.expires !== undefined &&
        entry.expires >= 0 &&
        item.duration !== 'unspecified'
      ) {
        const declaredEnd = item.duration === 'session' ? undefined : parseDuration(item.duration);
        const limit =
          item.duration === 'session'
            ? visit.startedAt
            : declaredEnd
              ? +addDuration(new Date(visit.startedAt), declaredEnd)
              : Infinity;
        const realDays = Math.round((entry.expires * 1000 - visit.startedAt) / DAY_MS);
        if (entry.expires * 1000 > limit + LIFETIME_SLACK_MS)
          findings.add(key, visit.kind, {
            rule: 'lifetime-longer',
            severity: 'warning',
            message: `${storageLabel(entry)} lasts until ${expiryText(entry)}, about ${realDays} days, but the policy declares ${item.duration}.`,
            evidence: { ...evidence, declaredDuration: item.duration, realDays },
          });
      }
    }

    for (const reading of visit.consentMode) {
      const state = consentModeState(reading);
      const granted = Object.keys(state).filter((t) => state[t] === 'granted' && optionalTypes.has(t));
      const when = !reading.afterChoice
        ? 'before the visitor chose'
        : visit.kind === 'reject'
          ? 'after "Reject all"'
          : undefined;
      if (granted.length && when)
        findings.add(`${granted.join()}`, visit.kind, {
          rule: 'consent-mode-granted',
          severity: 'error',
          message: `Consent Mode had ${granted.join(', ')} granted ${when}.`,
          evidence: { page: reading.page, calls: reading.calls },
        });
      const adGranted = granted.filter((t) => AD_TYPES.includes(t));
      if (visit.kind === 'gpc' && gpc.gpcHonoured && adGranted.length)
        findings.add(`consent-mode ${adGranted.join()}`, visit.kind, {
          rule: 'gpc-not-honoured',
          severity: 'error',
          message: `Consent Mode had ${adGranted.join(', ')} granted with Global Privacy Control on.`,
          evidence: { page: reading.page, calls: reading.calls, region: options.region ?? 'not given' },
        });
      if (reading.tagsBeforeDefault > 0 && reading.calls.length)
        findings.add(reading.page, visit.kind, {
          rule: 'consent-mode-late',
          severity: 'warning',
          message: `${reading.tagsBeforeDefault} gtag config/event command(s) came before any Consent Mode default on ${reading.page}.`,
          evidence: { page: reading.page, tagsBeforeDefault: reading.tagsBeforeDefault, calls: reading.calls },
        });
    }

    if (visit.kind === 'gpc' && gpc.gpcHonoured && visit.choice)
      for (const id of gpc.locked)
        if (visit.choice.choices[id])
          findings.add(`choice ${id}`, visit.kind, {
            rule: 'gpc-not-honoured',
            severity: 'error',
            message: `The page API says "${id}" is granted with Global Privacy Control on, which the policy honours.`,
            evidence: { choice: visit.choice, region: options.region ?? 'not given' },
          });

    const hosts = new Map<
      string,
      { domain: string; types: Set<string>; count: number; example: string; beforeChoice: number }
    >();
    for (const r of visit.requests) {
      const known = knownHost(r.host, options.trackerHosts);
      const unconsented = r.beforeChoice || visit.kind === 'reject';
      if (known && unconsented)
        findings.add(r.host, visit.kind, {
          rule: 'tracker-before-consent',
          severity: 'error',
          message: `${known.vendor} (${known.kind}, ${r.host}) was contacted ${r.beforeChoice ? 'before the visitor chose' : 'after "Reject all"'}.`,
          evidence: { host: r.host, vendor: known.vendor, kind: known.kind, type: r.type, url: r.url, page: r.page },
        });
      if (known?.kind === 'advertising' && visit.kind === 'gpc' && gpc.gpcHonoured)
        findings.add(`host ${r.host}`, visit.kind, {
          rule: 'gpc-not-honoured',
          severity: 'error',
          message: `${known.vendor} (advertising, ${r.host}) was contacted with Global Privacy Control on.`,
          evidence: {
            host: r.host,
            vendor: known.vendor,
            type: r.type,
            url: r.url,
            page: r.page,
            region: options.region ?? 'not given',
          },
        });
      const seen = hosts.get(r.host) ?? {
        domain: registrableDomain(r.host),
        types: new Set<string>(),
        count: 0,
        example: r.url,
        beforeChoice: 0,
      };
      seen.types.add(r.type);
      seen.count++;
      if (r.beforeChoice) seen.beforeChoice++;
      hosts.set(r.host, seen);
    }
    for (const [host, seen] of hosts)
      if (!namedBy(manifest, categories, seen.domain, knownHost(host, options.trackerHosts)?.vendor))
        findings.add(seen.domain, visit.kind, {
          rule: 'third-party-unnamed',
          severity: 'warning',
          message: `${host} (another site) was contacted, and no recipient or cookie provider in the policy names it.`,
          evidence: {
            host,
            site: seen.domain,
            types: [...seen.types],
            requests: seen.count,
            beforeChoice: seen.beforeChoice,
            example: seen.example,
          },
        });
  }

  if (options.ourBanner && !gpc.gpcHonoured)
    findings.add('', 'gpc', {
      rule: 'gpc-not-applicable',
      severity: 'info',
      message: `The policy does not honour Global Privacy Control${options.region ? ` in ${options.region}` : ''}: the GPC visit was judged like "Accept all".`,
      evidence: {
        honoured: manifest.signals?.gpc?.honoured ?? false,
        jurisdictions: manifest.signals?.gpc?.jurisdictions ?? [],
        region: options.region ?? 'not given',
      },
    });
  judgeGpcJson(manifest, options.gpcJson, findings);
  return findings.list.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

function judgeGpcJson(manifest: Manifest, answer: GpcJsonAnswer, findings: Findings) {
  const expected = gpcJson(manifest);
  const add = (rule: string, severity: Severity, message: string, evidence: Record<string, unknown> = {}) =>
    findings.add(rule, 'first', {
      rule,
      severity,
      message,
      evidence: { url: answer.url, status: answer.status, expected, ...evidence },
    });
  if (answer.status !== 200) {
    const why = answer.error ?? `HTTP ${answer.status}`;
    return expected.gpc
      ? add(
          'gpc-json-missing',
          'warning',
          `The policy honours Global Privacy Control but ${answer.url} is not served (${why}).`,
        )
      : add(
          'gpc-json-missing',
          'info',
          `${answer.url} is not served (${why}); the policy does not honour GPC, so none is needed.`,
        );
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.body ?? '');
  } catch {
    return add('gpc-json-invalid', 'warning', `${answer.url} is not JSON.`, {
      body: (answer.body ?? '').slice(0, 200),
    });
  }
  const gpc = (body as { gpc?: unknown })?.gpc;
  if (typeof gpc !== 'boolean')
    return add('gpc-json-invalid', 'warning', `${answer.url} has no boolean "gpc" member.`, { body });
  if (!/^application\/json\b/i.test(answer.contentType ?? ''))
    add(
      'gpc-json-invalid',
      'warning',
      `${answer.url} is served as ${answer.contentType || 'no type'}, not application/json.`,
      {
        contentType: answer.contentType,
      },
    );
  if (gpc !== expected.gpc)
    return add(
      'gpc-json-contradicts',
      'error',
      `${answer.url} says "gpc": ${gpc}, but the policy ${expected.gpc ? 'honours' : 'does not honour'} Global Privacy Control.`,
      { body },
    );
  const lastUpdate = (body as { lastUpdate?: unknown }).lastUpdate;
  if (lastUpdate !== expected.lastUpdate)
    add(
      'gpc-json-date',
      'info',
      `${answer.url} gives lastUpdate ${JSON.stringify(lastUpdate)}; the policy's is ${expected.lastUpdate}.`,
      { body },
    );
}
