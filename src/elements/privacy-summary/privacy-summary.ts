import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { css, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { PolicyElement } from '../../internal/policy-element.js';
import { commonStrings } from '../../core/i18n/en/common.js';
import { storageStrings } from '../../core/i18n/en/storage.js';
import { rightsStrings } from '../../core/i18n/en/rights.js';
import { summaryStrings } from '../../core/i18n/en/summary.js';
import { baseStyles } from '../../internal/base.styles.js';
import { safeHref } from '../../internal/links.js';
import { formatDate, formatDuration } from '../../core/i18n/time.js';
import { disclosedCategories } from '../../core/consent/store.js';
import { storageRow } from '../../internal/storage-rows.js';
import { mailtoFor, methodsFor } from '../../core/requests/request.js';
import type { Manifest, RequestMethod } from '../../core/manifest/schema.js';
import type { Text } from '../../core/manifest/shape.js';
import type { Catalog } from '../../core/i18n/catalog.js';

type SectionKey = keyof Catalog['sections'];
type Cell = string | TemplateResult | DirectiveResult | typeof nothing;

/** Every section, in the default order; its anchor is `privacy-` plus the key in kebab case. */
const SECTIONS: readonly SectionKey[] = [
  'about',
  'collected',
  'notCollected',
  'purposes',
  'storage',
  'recipients',
  'retention',
  'cookies',
  'security',
  'transfers',
  'signals',
  'children',
  'changes',
  'rights',
  'commitments',
  'contact',
  'notes',
];
const anchor = (key: string) => `privacy-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const words = (value: unknown) =>
  String(value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);

/** Cookie table rows drawn when the cookies section opens, and added each frame after: a policy
 * that lists thousands of cookies is drawn in slices, never in one long task. A category of at most
 * this many rows is never split between slices. */
export const ROWS_PER_FRAME = 50;

/** The English strings this element uses. */
const strings = { ...commonStrings, ...storageStrings, ...rightsStrings, ...summaryStrings };
type Strings = Pick<Catalog, keyof typeof strings>;

/**
 * A layered, readable summary of the privacy policy: who is responsible, a
 * compact label of what is collected, what for, whether it is sold or shared
 * and how long it is kept, then sections a visitor can expand, each with an
 * anchor (`#privacy-retention`) that opens it from the URL.
 *
 * @summary The policy manifest as a layered privacy notice.
 * @tagname privacy-summary
 *
 * @slot rights-action - Placed in the rights section, e.g. a `<privacy-request>`.
 *
 * @fires privacy-error - The policy manifest could not be loaded or is invalid; detail: issues with JSON paths.
 *
 * @csspart base - The whole summary.
 * @csspart header - The first layer: title, controller, dates.
 * @csspart label - The at-a-glance label.
 * @csspart section - Each section.
 * @csspart toggle - The button that expands a section.
 * @csspart panel - The content of a section.
 * @csspart table - Every table.
 * @csspart status - The loading or error message.
 *
 * @cssprop --privacy-color - Text color.
 * @cssprop --privacy-muted - Secondary text.
 * @cssprop --privacy-background - Background.
 * @cssprop --privacy-surface - Background of the label.
 * @cssprop --privacy-border - Borders and rules.
 * @cssprop --privacy-accent - Links and toggles.
 * @cssprop --privacy-focus - The focus ring.
 * @cssprop --privacy-radius - Corner radius.
 * @cssprop --privacy-font - Font family.
 * @cssprop --privacy-font-size - Base font size.
 */
export class PrivacySummary extends PolicyElement<keyof typeof strings> {
  protected override strings = strings;
  protected override catalogPart = 'summary';

  static override properties: PropertyDeclarations = {
    sections: {},
    layout: { reflect: true },
    open: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true },
    rows: { state: true },
    printing: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        background: var(--_background);
      }
      [part~='header'] p {
        margin: 0.25rem 0;
      }
      [role='heading'][aria-level] {
        font-weight: 700;
        margin: 0.75rem 0 0.25rem;
      }
      [part~='label'] {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0.75rem 0;
        padding: 0.75rem;
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      [part~='section'] {
        border-top: 1px solid var(--_border);
      }
      [part~='toggle'] {
        width: 100%;
        text-align: start;
        border: 0;
        background: none;
        color: var(--_color);
        padding-inline: 0;
      }
      [part~='toggle']::before {
        content: '+';
        display: inline-block;
        width: 1.25rem;
        color: var(--_accent);
      }
      [part~='toggle'][aria-expanded='true']::before {
        content: '−';
      }
      [part~='panel'] {
        padding-bottom: 0.75rem;
      }
      :host([layout='compact']) [part~='label'] {
        grid-template-columns: 1fr;
      }
      :host([layout='compact']) [part~='toggle'] {
        min-height: 2rem;
        padding-block: 0.25rem;
      }
      /* A policy may list thousands of cookies: a category out of view is laid out only once scrolled to. */
      .category {
        content-visibility: auto;
        contain-intrinsic-size: auto 12rem;
      }
      @media print {
        [part~='panel'][hidden] {
          display: block !important;
        }
        [part~='toggle'] {
          display: block;
          min-height: 0;
        }
        [part~='toggle']::before {
          content: none;
        }
      }
    `,
  ];

  /** Which sections to show, in order (space or comma separated keys, e.g. "collected retention rights"). All by default. */
  sections?: string;

  /** "full" (default) or "compact": a single-column label and tighter sections. */
  layout: 'full' | 'compact' = 'full';

  /** Sections expanded from the start (keys as in `sections`), or "all". */
  open?: string;

  /** Level of the summary's heading (1-5), so that it fits the page's outline; sections are one below. */
  headingLevel = 2;

  private expanded = new Set<string>();

  /**
   * How many cookie rows are drawn so far. A server renders them all, and so does the first render
   * over a server-rendered shadow root, which has them already.
   */
  private rows = isServer || this.shadowRoot ? Infinity : ROWS_PER_FRAME;

  /** Between `beforeprint` and `afterprint`: every section is printed in full, closed ones too. */
  private printing = false;

  /** Whether the last render left cookie rows undrawn. */
  private moreRows = false;

  /** The frame that draws more rows. */
  private growing?: number;

  private readonly onPrint = (event: Event) => (this.printing = event.type === 'beforeprint');

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.openFromHash);
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    // Moved in the page while its rows were still being drawn: the drawing goes on.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.openFromHash);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('open')) this.expanded = new Set(this.open === 'all' ? SECTIONS : words(this.open));
    // Opened again, or with another policy: drawn again from the first slice.
    const reopened = changed.has('expanded') && !(changed.get('expanded') as Set<string> | undefined)?.has('cookies');
    if (this.hasUpdated && (reopened || this.rowsFor !== this.policyManifest)) this.rows = ROWS_PER_FRAME;
    this.rowsFor = this.policyManifest;
  }

  /** The policy whose rows are drawn. */
  private rowsFor?: Manifest;

  protected override firstUpdated() {
    this.openFromHash();
  }

  protected override updated() {
    // The anchor may name a section that only exists once the manifest is ready.
    if (this.pendingAnchor && this.policyManifest) this.openFromHash();
    // An open cookies section grows a slice of rows per frame until every row is drawn.
    const m = this.policyManifest;
    if (m?.cookies && this.expanded.has('cookies') && this.moreRows)
      // After the frame that shows this slice is painted, in a task of its own.
      this.growing ??= requestAnimationFrame(() =>
        setTimeout(() => {
          this.growing = undefined;
          // Taken out of the page: nothing more is drawn until it is back.
          if (this.isConnected) this.rows += ROWS_PER_FRAME;
        }),
      );
  }

  private pendingAnchor = false;

  private readonly openFromHash = () => {
    const key = SECTIONS.find((k) => `#${anchor(k)}` === location.hash);
    this.pendingAnchor = !!key && !this.policyManifest;
    if (!key || !this.policyManifest) return;
    this.expanded = new Set(this.expanded).add(key);
    this.updateComplete.then(() => this.renderRoot.querySelector(`#${anchor(key)}`)?.scrollIntoView());
  };

  private toggle(key: string) {
    const next = new Set(this.expanded);
    next.has(key) ? next.delete(key) : next.add(key);
    this.expanded = next;
  }

  private heading(offset: number, content: unknown) {
    return html`<div role="heading" aria-level=${Math.min(6, this.headingLevel + offset)}>${content}</div>`;
  }

  private link(label: Cell, url?: string): Cell {
    const href = safeHref(url);
    return href ? html`<a href=${href} rel="noopener">${label}</a>` : label;
  }

  private email(address?: string, subject?: Text): Cell {
    if (!address) return nothing;
    // The subject is written out too: someone who copies the address needs it as much as the link does.
    const line = this.text(subject);
    return html`${this.link(address, mailtoFor(address, line))}${line ? ` (${this.ui.catalog.subjectLine(line)})` : ''}`;
  }

  private list(items: readonly Cell[] | undefined): Cell {
    return items?.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing;
  }

  /** A table, without the columns that are empty in every row (a policy that names no legal bases gets no such column). */
  private table(head: readonly string[], rows: readonly (readonly Cell[])[], caption?: string): Cell {
    const used = head.map((_, i) => !i || rows.some((r) => r[i] !== '' && r[i] !== nothing));
    const keep = <T>(cells: readonly T[]) => cells.filter((_, i) => used[i]);
    return html`<table part="table">
      ${caption ? html`<caption>${caption}</caption>` : nothing}
      <thead><tr>${keep(head).map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr>${keep(r).map((c, i) => (i ? html`<td>${c}</td>` : html`<th scope="row">${c}</th>`))}</tr>`)}</tbody>
    </table>`;
  }

  private para(value: Text | undefined): Cell {
    const t = this.text(value);
    return t ? html`<p>${t}</p>` : nothing;
  }

  private method(m: RequestMethod, c: Strings): Cell {
    // An endpoint takes a POST from <privacy-request>: a link to it would open an error page.
    if (m.type === 'endpoint') return this.text(m.description) || c.requestOnline;
    const label = this.text(m.description) || m.url || c.requestOpenForm;
    return m.type === 'email' ? this.email(m.email, m.subject) : this.link(label, m.url);
  }

  /** How long an entry is kept, in words: indefinitely, a period after an event, until an event, or a period. */
  private kept(r: NonNullable<Manifest['retention']>[number], c: Strings, lang: string): string {
    const period = r.period ? formatDuration(r.period, lang, c) : '';
    const after = this.text(r.after);
    return r.indefinite ? c.indefinite : after ? (period ? c.after(period, after) : c.until(after)) : period;
  }

  /** The cookies section's categories and tables, as many rows as are drawn so far. */
  private cookieTables(m: Manifest, c: Strings, lang: string): Cell[] {
    this.moreRows = false;
    if (!this.printing && !this.expanded.has('cookies')) return [];
    let room = this.printing ? Infinity : this.rows;
    const drawn: Cell[] = [];
    for (const cat of disclosedCategories(m, c)) {
      const all = cat.items ?? [];
      // A category that fits in one slice is drawn whole, in the slice where it fits: built once.
      // A longer one is drawn a slice at a time.
      if (room <= 0 || (all.length > room && all.length <= ROWS_PER_FRAME)) {
        this.moreRows = true;
        break;
      }
      const items = all.slice(0, room);
      if (items.length < all.length) this.moreRows = true;
      room -= Math.max(1, items.length);
      // A category drawn in an earlier frame is not built or compared again.
      drawn.push(
        guard(
          [cat, items.length, lang, c],
          () =>
            html`<div class="category">${this.heading(2, this.text(cat.name))}${this.para(cat.description)}${
              items.length
                ? this.table(
                    [c.name, c.purpose, c.duration, c.provider],
                    items.map((i) => storageRow(i, (v) => this.text(v), lang, c)),
                  )
                : nothing
            }</div>`,
        ),
      );
    }
    return drawn;
  }

  /** The body of each section, or undefined when the manifest has nothing for it. */
  private bodies(m: Manifest, c: Strings, lang: string): Partial<Record<SectionKey, Cell[]>> {
    const t = (v: Text | undefined) => this.text(v);
    const period = (iso?: string) => (iso ? formatDuration(iso, lang, c) : '');
    const groups = [...new Set(m.data?.map((d) => t(d.group)))];
    const some = <T>(v: readonly T[] | undefined) => (v?.length ? v : undefined);
    return {
      about: [
        html`<p>${t(m.controller.name)}${m.controller.legalForm ? `, ${t(m.controller.legalForm)}` : ''}${m.controller.country ? ` (${t(m.controller.country)})` : ''}</p>`,
        this.para(m.controller.address),
        m.controller.url ? html`<p>${this.link(m.controller.url, m.controller.url)}</p>` : nothing,
        this.para(m.controller.role),
        m.controller.dpo
          ? html`<p>${c.dpo}: ${t(m.controller.dpo.name)} ${this.email(m.controller.dpo.email)} ${m.controller.dpo.url ? this.link(m.controller.dpo.url, m.controller.dpo.url) : nothing}</p>
              ${this.para(m.controller.dpo.address)}`
          : nothing,
        this.list(
          m.services?.map((s) => html`${this.link(t(s.name), s.url)}${s.description ? ` — ${t(s.description)}` : ''}`),
        ),
        this.para(m.scope?.statement),
        this.list(m.scope?.excluded?.map(t)),
        this.list(m.principles?.map(t)),
      ],
      collected: some(m.data) && [
        ...groups.map((g) =>
          this.table(
            [c.type, c.purpose, c.storage, c.legalBasis],
            m
              .data!.filter((d) => t(d.group) === g)
              .map((d) => {
                const flags = [
                  d.optional && c.optional,
                  d.sensitive && c.sensitive,
                  d.source && c.sources[d.source],
                ].filter((f): f is string => !!f);
                return [
                  html`${c.flagged(t(d.type), flags)}${d.note ? html`<br />${t(d.note)}` : nothing}`,
                  t(d.purpose),
                  t(d.storage),
                  d.legalBasis?.map((b) => c.legalBases[b]).join(', ') ?? '',
                ];
              }),
            g,
          ),
        ),
        this.list(m.legalBases?.map((b) => `${c.legalBases[b.basis]}: ${t(b.description)}`)),
      ],
      notCollected: some(m.notCollected) && [
        this.list(
          m.notCollected!.map((d) => html`<strong>${t(d.type)}</strong>${d.detail ? ` — ${t(d.detail)}` : ''}`),
        ),
      ],
      purposes: some(m.purposes) && [
        this.list(
          m.purposes!.map(
            (p) =>
              `${t(p.name)}${p.description ? `: ${t(p.description)}` : ''}${p.legalBasis?.length ? ` (${p.legalBasis.map((b) => c.legalBases[b]).join(', ')})` : ''}`,
          ),
        ),
      ],
      recipients: (some(m.recipients) || m.recipientsInfo || m.sale) && [
        m.sale ? html`<p><strong>${c.sale(m.sale.sells, m.sale.shares)}</strong> ${t(m.sale.statement)}</p>` : nothing,
        m.recipients
          ? this.table(
              [c.recipient, c.purpose, c.location],
              m.recipients.map((r) => [
                this.link(t(r.name), r.url),
                html`${t(r.purpose)}${r.role ? html`<br />${c.roles[r.role]}` : nothing}${r.data ? html`<br />${r.data.map(t).join('; ')}` : nothing}${r.uses?.length ? html`<br />${c.usedFor(r.uses.map((u) => c.uses[u]).join(', '))}` : nothing}${r.dpa ? html`<br />${c.dpa}` : nothing}${r.note ? html`<br />${t(r.note)}` : nothing}${r.privacyPolicy ? html`<br />${this.link(c.policyLink, r.privacyPolicy)}` : nothing}`,
                t(r.location),
              ]),
            )
          : nothing,
        this.para(m.recipientsInfo?.statement),
        m.recipientsInfo?.url ? this.link(m.recipientsInfo.url, m.recipientsInfo.url) : nothing,
      ],
      retention: some(m.retention) && [
        this.table(
          [c.type, c.howLong],
          m.retention!.map((r) => [t(r.data), [this.kept(r, c, lang), t(r.description)].filter(Boolean).join('. ')]),
        ),
      ],
      // With a cookies section the site runs the banner, which sets the cookie that keeps the choice: it is listed too.
      cookies: m.cookies && [
        this.para(m.cookies.statement),
        // Built only while the section is open (or printed), a slice of rows per frame: a policy may
        // list thousands of cookies.
        ...this.cookieTables(m, c, lang),
      ],
      security: m.security && [
        this.list(m.security.measures.map((x) => `${t(x.measure)}${x.detail ? `: ${t(x.detail)}` : ''}`)),
        this.para(m.security.statement),
      ],
      storage: m.storage && [this.para(m.storage.statement), this.list(m.storage.locations?.map(t))],
      transfers: m.transfers && [
        this.para(m.transfers.statement),
        this.list(
          m.transfers.items?.map(
            (x) =>
              `${t(x.to)}${x.safeguard ? `: ${t(x.safeguard)}` : ''}${x.data ? ` (${x.data.map(t).join('; ')})` : ''}`,
          ),
        ),
      ],
      signals: m.signals && [
        this.list([
          ...(m.signals.gpc
            ? [
                html`<strong>${c.signalGpc}</strong>: ${m.signals.gpc.honoured ? c.honouredYes : c.honouredNo}${m.signals.gpc.honoured && m.signals.gpc.jurisdictions?.length ? ` (${m.signals.gpc.jurisdictions.join(', ')})` : ''}. ${t(m.signals.gpc.statement)}`,
              ]
            : []),
          ...(m.signals.dnt
            ? [
                html`<strong>${c.signalDnt}</strong>: ${m.signals.dnt.honoured ? c.honouredYes : c.honouredNo}. ${t(m.signals.dnt.statement)}`,
              ]
            : []),
        ]),
      ],
      children: m.children && [
        html`<p>${c.minimumAge(m.children.minimumAge)} ${m.children.ages?.map((a) => c.ageIn(t(a.region), a.age)).join(' ')}</p>`,
        this.para(m.children.statement),
      ],
      changes: (m.changes || m.breach) && [
        m.breach?.window ? html`<p>${c.breachWithin(period(m.breach.window))}</p>` : nothing,
        this.list(m.breach?.notifies?.map(t)),
        this.para(m.breach?.statement),
        m.changes?.noticePeriod ? html`<p>${c.noticeBefore(period(m.changes.noticePeriod))}</p>` : nothing,
        this.list(m.changes?.channels?.map(t)),
        this.para(m.changes?.statement),
      ],
      rights: m.rights && [
        this.para(m.rights.statement),
        this.table(
          [c.name, c.how],
          m.rights.items.map((r) => {
            // A complaint goes to an authority, not to us: none of our methods or deadlines apply.
            const complaint = r.right === 'complaint';
            const authority = m.rights!.authority;
            const ways = complaint ? [] : methodsFor(m, r);
            const deadline = complaint ? undefined : (r.deadline ?? m.rights!.deadline);
            return [
              html`${c.rights[r.right][0]}${r.jurisdictions ? ` (${r.jurisdictions.join(', ')})` : ''}`,
              html`${t(r.description) || c.rights[r.right][1]}${r.note ? html`<br />${t(r.note)}` : nothing}${ways.length ? html`<br />${ways.map((w, i) => html`${i ? ', ' : ''}${this.method(w, c)}`)}` : nothing}${deadline ? html`<br />${c.answerWithin(period(deadline))}` : nothing}${r.identityVerification ? html`<br />${t(r.identityVerification)}` : nothing}${complaint ? html`<br />${authority ? this.link(t(authority.name), authority.url) : c.requestAnyAuthority}` : nothing}`,
            ];
          }),
        ),
        m.rights.extension ? html`<p>${c.extension(period(m.rights.extension))}</p>` : nothing,
        this.para(m.rights.identityVerification),
        m.rights.authority && !m.rights.items.some((r) => r.right === 'complaint')
          ? html`<p>${this.link(t(m.rights.authority.name), m.rights.authority.url)}</p>`
          : nothing,
        html`<slot name="rights-action"></slot>`,
      ],
      commitments: some(m.commitments) && [this.list(m.commitments!.map(t))],
      contact: some(m.contact) && [
        this.list(
          m.contact!.map(
            (x) => html`${t(x.label)} ${this.email(x.email, x.subject)} ${x.url ? this.link(x.url, x.url) : nothing}`,
          ),
        ),
      ],
      notes: some(m.notes) && m.notes!.map((n) => html`${this.heading(2, t(n.title))}${this.list(n.body.map(t))}`),
    };
  }

  protected override render() {
    const m = this.policyManifest;
    if (!m) return this.renderStatus();
    const { catalog: c, lang } = this.ui;
    const t = (v: Text | undefined) => this.text(v);
    const bodies = this.bodies(m, c, lang);
    const keys = (this.sections ? (words(this.sections) as SectionKey[]) : SECTIONS).filter((k) => bodies[k]);
    // Each period with what it applies to ("Billing: 5 years"): a bare list of periods says nothing.
    const kept = m.retention
      ?.map((r) => [t(r.data), this.kept(r, c, lang) || t(r.description)])
      .filter(([, how]) => how)
      .map(([what, how]) => c.keptFor(what, how));
    return html`<article part="base" aria-labelledby="title">
      <header part="header">
        ${this.heading(0, html`<span id="title">${t(m.title) || c.summaryTitle}</span>`)}
        <p>${t(m.controller.name)}${m.controller.email ? html` · ${this.email(m.controller.email)}` : nothing}</p>
        <p>${
          m.lastUpdated === m.effectiveDate
            ? c.lastUpdated(formatDate(m.lastUpdated, lang, c.dates), m.version) // the policy gives only a "Last updated" date: say that, not "in effect since"
            : c.effective(
                formatDate(m.effectiveDate, lang, c.dates),
                m.version,
                m.lastUpdated && formatDate(m.lastUpdated, lang, c.dates),
              )
        }</p>
        ${this.para(m.summary)}
        <dl part="label">
          ${m.data?.length ? html`<dt>${c.labelCollected}</dt><dd>${[...new Set(m.data.map((d) => t(d.group)))].join(', ')}</dd>` : nothing}
          ${m.purposes?.length ? html`<dt>${c.labelPurposes}</dt><dd>${m.purposes.map((p) => t(p.name)).join('; ')}</dd>` : nothing}
          ${m.sale ? html`<dt>${c.labelShared}</dt><dd>${m.sale.sells || m.sale.shares ? c.sold : c.notSold}</dd>` : nothing}
          ${kept?.length ? html`<dt>${c.labelKept}</dt><dd>${kept.join('; ')}</dd>` : nothing}
        </dl>
        ${m.url ? html`<p>${this.link(c.policyLink, m.url)}</p>` : nothing}
      </header>
      ${keys.map((key) => {
        const id = anchor(key);
        const open = this.expanded.has(key);
        return html`<section part="section" id=${id}>
          ${this.heading(1, html`<button part="toggle" aria-expanded=${open} aria-controls=${`${id}-panel`} @click=${() => this.toggle(key)}>${c.sections[key]}</button>`)}
          <div part="panel" id=${`${id}-panel`} ?hidden=${!open}>${open || this.printing ? bodies[key] : nothing}</div>
        </section>`;
      })}
    </article>`;
  }
}
