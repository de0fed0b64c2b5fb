import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { PolicyElement } from '../../internal/policy-element.js';
import { commonStrings } from '../../core/i18n/en/common.js';
import { rightsStrings } from '../../core/i18n/en/rights.js';
import { requestStrings } from '../../core/i18n/en/request.js';
import { baseStyles } from '../../internal/base.styles.js';
import { safeHref } from '../../internal/links.js';
import { wrapTab } from '../../internal/dialog.js';
import { emit } from '../../internal/emit.js';
import { formatDate } from '../../core/i18n/time.js';
import { NO_IDENTITY_CHECK, type Right, type RightEntry } from '../../core/manifest/schema.js';
import { newId } from '../../core/consent/record.js';
import {
  answerBy,
  fallbackEmail,
  mailtoFor,
  methodsFor,
  submitRequest,
  SUBMIT_TIMEOUT_MS,
  type RequestPayload,
  type SubmitResult,
} from '../../core/requests/request.js';

declare module '../../internal/emit.js' {
  interface PrivacyEventMap {
    'privacy-request-submit': CustomEvent<RequestPayload>;
    'privacy-request-sent': CustomEvent<{ reference: string; right: Right }>;
    'privacy-request-error': CustomEvent<{ reason: 'network' | 'timeout' | 'reply' | number }>;
  }
}

type Field = 'email' | 'details' | 'accountIdentifier';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A click on a `[data-privacy-request]` opener is taken by the first element that hears it, so two on a page never both open. */
const taken = new WeakSet<Event>();

/** The English strings this element uses. */
const strings = { ...commonStrings, ...rightsStrings, ...requestStrings };

/** What waits in the tab's sessionStorage until it is sent: the fields as typed, and the key every retry of it shares. */
interface Draft {
  fields: Record<Field, string>;
  key?: string;
}
const DRAFT = 'privacy-elements:request';

/** The unsent request kept in this tab, if any. Storage may be missing, full, or throw (a sandboxed frame): then there is none. */
function readDraft(): Draft | undefined {
  try {
    const saved: unknown = JSON.parse(globalThis.sessionStorage?.getItem(DRAFT) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return undefined;
    const { fields, key } = saved as { fields?: Record<string, unknown>; key?: unknown };
    const text = (name: Field) =>
      fields && Object.prototype.hasOwnProperty.call(fields, name) && typeof fields[name] === 'string'
        ? (fields[name] as string)
        : '';
    return {
      fields: { email: text('email'), details: text('details'), accountIdentifier: text('accountIdentifier') },
      key: typeof key === 'string' ? key : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Keeps the draft, or forgets it (undefined); a storage that throws only means a reload loses it. */
function writeDraft(draft: Draft | undefined) {
  try {
    if (draft) globalThis.sessionStorage?.setItem(DRAFT, JSON.stringify(draft));
    else globalThis.sessionStorage?.removeItem(DRAFT);
  } catch {
    // Nothing kept: the form works as before.
  }
}

/**
 * A launcher for data-subject requests. It opens a dialog that lists the
 * rights the policy grants in plain language (objection separately, as GDPR
 * Art. 21 asks), and for the chosen right offers the policy's methods, best
 * first: a form sent to the policy's endpoint, a web form or self-service
 * link, or an email with the policy's subject line. It says by when an answer
 * is due. A failed submission keeps everything typed and offers retry and email.
 *
 * @summary Launch a data-subject request by the methods the policy names.
 * @tagname privacy-request
 *
 * @slot launcher - Replaces the launcher button's text.
 *
 * @fires privacy-request-submit - Cancelable, before the form is sent; detail: the payload. Prevent it to send it yourself.
 * @fires privacy-request-sent - The endpoint accepted the request; detail: { reference, right }.
 * @fires privacy-request-error - The endpoint could not be reached, refused, or gave an answer that is not a confirmation; detail: { reason: 'network' | 'timeout' | 'reply' | HTTP status }.
 * @fires privacy-error - The policy manifest could not be loaded or is invalid; detail: issues with JSON paths.
 *
 * @csspart launcher - The button that opens the dialog.
 * @csspart dialog - The modal dialog.
 * @csspart button - Every button.
 * @csspart field - Each form field.
 * @csspart error - A field's error message.
 * @csspart alert - The message when sending failed.
 * @csspart status - The loading or error message of the policy.
 *
 * @cssprop --privacy-color - Text color.
 * @cssprop --privacy-background - Background of the launcher and the dialog.
 * @cssprop --privacy-border - Borders of the dialog and fields.
 * @cssprop --privacy-accent - Buttons and links.
 * @cssprop --privacy-accent-contrast - Text on the primary button.
 * @cssprop --privacy-danger - Error messages.
 * @cssprop --privacy-focus - The focus ring.
 * @cssprop --privacy-radius - Corner radius.
 * @cssprop --privacy-font - Font family.
 * @cssprop --privacy-font-size - Base font size.
 */
export class PrivacyRequest extends PolicyElement<keyof typeof strings> {
  protected override strings = strings;
  protected override catalogPart = 'request';

  static override properties: PropertyDeclarations = {
    right: {},
    timeout: { type: Number },
    today: { attribute: false },
    chosen: { state: true },
    fields: { state: true },
    errors: { state: true },
    phase: { state: true },
    result: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      dialog {
        width: min(36rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        overflow: auto;
        padding: 1.25rem;
        background: var(--_background);
        color: var(--_color);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      h2,
      h3 {
        margin: 0 0 0.5rem;
        line-height: 1.25;
      }
      ul {
        padding: 0;
        list-style: none;
      }
      li {
        margin-bottom: 0.75rem;
      }
      li p {
        margin: 0.25rem 0 0;
      }
      label {
        display: block;
        font-weight: 600;
        margin-top: 0.75rem;
      }
      input,
      textarea {
        font: inherit;
        width: 100%;
        min-height: 2.75rem;
        padding: 0.5rem;
        color: var(--_color);
        background: var(--_background);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      [aria-invalid='true'] {
        border: 2px solid var(--_danger);
      }
      [part~='error'],
      [part~='alert'] {
        color: var(--_danger);
        margin: 0.25rem 0;
      }
      [part~='actions'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 1rem;
      }
    `,
  ];

  /** A right to open on (e.g. "erasure"), as named in the policy manifest. */
  right?: Right;

  /** How long the endpoint may take before the visitor is offered to retry or write an email (ms). */
  timeout = SUBMIT_TIMEOUT_MS;

  /** The day deadlines count from; today unless set. */
  today?: Date;

  private chosen?: RightEntry;
  private fields: Record<Field, string> = { email: '', details: '', accountIdentifier: '' };
  private errors: Partial<Record<Field, string>> = {};
  private phase: 'editing' | 'sending' | 'sent' | 'failed' = 'editing';
  private result?: SubmitResult;
  /** The Idempotency-Key of the request being sent or retried; a new one after a success. */
  private requestKey?: string;
  private get dialog() {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog');
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('click', this.openFromPage);
    // What was typed before a reload, unless this element already holds something of its own.
    const draft = !Object.values(this.fields).some(Boolean) && readDraft();
    if (draft) [this.fields, this.requestKey] = [draft.fields, draft.key];
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('click', this.openFromPage);
  }

  /** Opens the dialog, on `right` if given (else the `right` property), or on the list of rights. */
  async openDialog(right: Right | undefined = this.right): Promise<void> {
    // While a request is in flight the dialog reopens on it: its answer must land on the right it was sent for.
    if (this.phase !== 'sending') {
      this.chosen = this.policyManifest?.rights?.items.find((r) => r.right === right);
      this.phase = 'editing';
    }
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  private readonly openFromPage = (event: Event) => {
    const opener = (event.target as Element).closest?.<HTMLElement>('[data-privacy-request]');
    if (!opener || !this.policyManifest || taken.has(event)) return;
    taken.add(event);
    event.preventDefault();
    this.openDialog((opener.dataset.privacyRequest || undefined) as Right | undefined);
  };

  private choose(entry?: RightEntry) {
    if (this.phase === 'sending') return;
    const left = this.chosen;
    this.chosen = entry;
    this.phase = 'editing';
    this.errors = {};
    // Into a right: its heading. Back to the list: the button of the right just left.
    this.updateComplete.then(() =>
      this.dialog?.querySelector<HTMLElement>(entry ? 'h3[tabindex]' : `button[data-right="${left?.right}"]`)?.focus(),
    );
  }

  private input(field: Field) {
    return (event: Event) => {
      this.fields = { ...this.fields, [field]: (event.target as HTMLInputElement).value };
      writeDraft({ fields: this.fields, key: this.requestKey });
    };
  }

  private get payload(): RequestPayload {
    const { email, details, accountIdentifier } = this.fields;
    return {
      right: this.chosen!.right,
      email: email.trim(),
      details: details.trim(),
      ...(accountIdentifier ? { accountIdentifier: accountIdentifier.trim() } : {}),
    };
  }

  private async submit(event: Event, url: string, needsIdentifier: boolean) {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const { catalog } = this.ui;
    const { email, accountIdentifier } = this.fields;
    this.errors = {
      ...(EMAIL.test(email.trim()) ? {} : { email: email.trim() ? catalog.invalidEmail : catalog.required }),
      ...(needsIdentifier && !accountIdentifier.trim() ? { accountIdentifier: catalog.required } : {}),
    };
    if (Object.keys(this.errors).length) {
      await this.updateComplete;
      return this.dialog?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    }
    const payload = this.payload;
    if (!emit(this, 'privacy-request-submit', payload, true)) return;
    this.phase = 'sending';
    this.requestKey ??= newId();
    writeDraft({ fields: this.fields, key: this.requestKey });
    this.result = await submitRequest(url, payload, globalThis.fetch?.bind(globalThis), this.timeout, this.requestKey);
    this.phase = this.result.ok ? 'sent' : 'failed';
    if (this.result.ok) {
      this.requestKey = undefined;
      writeDraft(undefined);
      emit(this, 'privacy-request-sent', { reference: this.result.reference, right: payload.right });
      // The form and its button are gone: focus the confirmation, never the page's body.
      await this.updateComplete;
      this.dialog?.querySelector<HTMLElement>('#sent')?.focus();
    } else emit(this, 'privacy-request-error', { reason: this.result.reason });
  }

  private renderList(items: readonly RightEntry[]) {
    const { catalog } = this.ui;
    const group = (title: string, entries: readonly RightEntry[]) =>
      entries.length
        ? html`<h3>${title}</h3>
            <ul>
              ${entries.map(
                (r) => html`<li>
                  <button part="button" data-right=${r.right} @click=${() => this.choose(r)}>${catalog.rights[r.right][0]}${r.jurisdictions ? ` (${r.jurisdictions.join(', ')})` : ''}</button>
                  <p>${this.text(r.description) || catalog.rights[r.right][1]}</p>
                </li>`,
              )}
            </ul>`
        : nothing;
    if (!items.length) return html`<p>${catalog.requestNoRights}</p>`;
    return html`${group(
      catalog.requestChoose,
      items.filter((r) => r.right !== 'objection'),
    )}
    ${group(
      catalog.requestObjectionTitle,
      items.filter((r) => r.right === 'objection'),
    )}`;
  }

  private renderField(field: Field, label: string, type: 'email' | 'text' | 'textarea') {
    const error = this.errors[field];
    const attrs = { id: field, invalid: error ? 'true' : 'false', described: error ? `${field}-error` : undefined };
    return html`<label for=${field}>${label}</label>
      ${
        type === 'textarea'
          ? html`<textarea part="field" id=${attrs.id} rows="4" .value=${this.fields[field]} @input=${this.input(field)}></textarea>`
          : html`<input part="field" id=${attrs.id} type=${type} autocomplete=${type === 'email' ? 'email' : 'off'} .value=${this.fields[field]} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described ?? nothing} @input=${this.input(field)} />`
      }
      ${error ? html`<p part="error" id=${`${field}-error`}>${error}</p>` : nothing}`;
  }

  private renderRight(entry: RightEntry) {
    const manifest = this.policyManifest!;
    const { catalog, lang } = this.ui;
    const [name, explanation] = catalog.rights[entry.right];
    const methods = methodsFor(manifest, entry);
    const endpoint = methods.find((m) => m.type === 'endpoint');
    const links = methods.filter((m) => m.type === 'web-form' || m.type === 'self-service');
    // Opting out of sale or sharing, or limiting the use of sensitive data, asks for nothing that proves who the visitor is (CCPA): an account identifier is optional.
    const noIdentity = NO_IDENTITY_CHECK.includes(entry.right);
    const identifier = endpoint?.accountIdentifier && this.text(endpoint.accountIdentifier);
    const { details, accountIdentifier } = this.fields;
    // The right's own email method, and after a failed submission the policy's; none once a request was received, to ask nothing twice.
    const email =
      this.phase === 'sent'
        ? undefined
        : (methods.find((m) => m.type === 'email') ??
          (this.phase === 'failed' ? fallbackEmail(manifest)[0] : undefined));
    const due = answerBy(manifest, entry, this.today ?? new Date());
    const mailto = email?.email
      ? mailtoFor(email.email, this.text(email.subject) || name, [
          catalog.requestBody(name),
          details.trim(),
          (identifier && accountIdentifier.trim() && `${identifier}: ${accountIdentifier.trim()}`) || '',
          this.fields.email.trim() && catalog.requestFrom(this.fields.email.trim()),
        ])
      : undefined;
    const result = this.result;
    const complaint = entry.right === 'complaint';
    return html`<button part="button" aria-disabled=${this.phase === 'sending' ? 'true' : 'false'} @click=${() => this.choose()}>${catalog.back}</button>
      <h3 tabindex="-1">${name}</h3>
      <p>${this.text(entry.description) || explanation}</p>
      ${entry.note ? html`<p>${this.text(entry.note)}</p>` : nothing}
      ${
        complaint
          ? manifest.rights?.authority
            ? html`<p><a href=${safeHref(manifest.rights.authority.url) ?? nothing}>${this.text(manifest.rights.authority.name)}</a></p>`
            : html`<p>${catalog.requestAnyAuthority}</p>`
          : html`${
              endpoint?.url && this.phase !== 'sent'
                ? html`<form novalidate @submit=${(e: Event) => this.submit(e, endpoint.url!, !!identifier && !noIdentity)}>
                  ${this.renderField('email', catalog.requestEmail, 'email')}
                  ${identifier ? this.renderField('accountIdentifier', noIdentity ? `${identifier} ${catalog.requestOptional}` : identifier, 'text') : nothing}
                  ${this.renderField('details', catalog.requestDetails, 'textarea')}
                  <div part="actions">
                    <button part="button" class="primary" type="submit" aria-disabled=${this.phase === 'sending' ? 'true' : 'false'}>
                      ${this.phase === 'sending' ? catalog.requestSending : this.phase === 'failed' ? catalog.requestRetry : catalog.requestSubmit}
                    </button>
                  </div>
                </form>`
                : nothing
            }
            ${this.phase === 'sent' && result?.ok ? html`<p id="sent" role="status" tabindex="-1">${catalog.requestSent(result.reference)}</p>` : nothing}
            ${
              this.phase === 'failed' && result && !result.ok
                ? html`<div part="alert" role="alert">
                  <p>
                    ${
                      result.reason === 'timeout'
                        ? catalog.requestUncertain
                        : catalog.requestFailed(
                            typeof result.reason === 'number'
                              ? catalog.requestServerError(result.reason)
                              : { network: catalog.requestNetworkError, reply: catalog.requestBadReply }[result.reason],
                          )
                    }
                  </p>
                  ${mailto ? nothing : html`<p>${catalog.requestNoEmail}</p>`}
                </div>`
                : nothing
            }
            <ul>
              ${links.map((m) => {
                const href = safeHref(m.url);
                const label = m.type === 'web-form' ? catalog.requestOpenForm : catalog.requestSelfService;
                return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener">${label}</a>` : label}${m.description ? html`<p>${this.text(m.description)}</p>` : nothing}</li>`;
              })}
              ${mailto ? html`<li><a href=${mailto}>${catalog.requestByEmail}</a>: ${email!.email}${email!.subject ? ` (${this.text(email!.subject)})` : ''}</li>` : nothing}
            </ul>
            ${endpoint?.url || links.length || mailto ? nothing : html`<p>${catalog.requestNoMethod}</p>`}
            ${due ? html`<p>${catalog.requestDeadline(formatDate(due, lang, catalog.dates))}</p>` : nothing}
            <p>${noIdentity ? catalog.requestNoIdentity : this.text(entry.identityVerification ?? manifest.rights?.identityVerification)}</p>`
      }`;
  }

  protected override render() {
    const manifest = this.policyManifest;
    if (!manifest) return this.renderStatus();
    const { catalog } = this.ui;
    return html`<button part="button launcher" @click=${() => this.openDialog()}><slot name="launcher">${catalog.requestLauncher}</slot></button>
      <dialog part="dialog" aria-labelledby="title" @keydown=${(e: KeyboardEvent) => wrapTab(e, this.dialog)}>
        <h2 id="title">${catalog.requestTitle}</h2>
        ${this.chosen ? this.renderRight(this.chosen) : this.renderList(manifest.rights?.items ?? [])}
        <div part="actions"><button part="button" @click=${() => this.dialog!.close()}>${catalog.close}</button></div>
      </dialog>`;
  }
}
