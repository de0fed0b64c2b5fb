// The banner's second layer, loaded on first use (and ahead, at idle time): the preferences
// dialog and the tables of cookies. A page whose visitor never opens them never downloads them.
import { html, nothing } from 'lit';
import { storageStrings } from '../../core/i18n/en/storage.js';
import { preferencesStrings } from '../../core/i18n/en/preferences.js';
import { flagOn } from '../../core/consent/record.js';
import { disclosedCategories } from '../../core/consent/store.js';
import type { Category, Manifest } from '../../core/manifest/schema.js';
import type { Text } from '../../core/manifest/shape.js';
import { wrapTab } from '../../internal/dialog.js';
import { storageRow } from '../../internal/storage-rows.js';
import { commonStrings } from '../../core/i18n/en/common.js';
import { bannerStrings } from '../../core/i18n/en/banner.js';

/** The English strings this layer adds to the banner's. */
export const strings = { ...storageStrings, ...preferencesStrings };

type Words = typeof commonStrings & typeof bannerStrings & typeof strings;

/** What the dialog reads from the banner and asks it to do. */
export interface PreferencesView {
  readonly catalog: Words;
  readonly lang: string;
  text(value: Text | undefined): string;
  readonly manifest: Manifest;
  /** Categories a privacy signal keeps off. */
  readonly locked: readonly string[];
  /** The choices being edited. */
  readonly draft: Readonly<Record<string, boolean>>;
  setDraft(id: string, on: boolean): void;
  /** Categories whose list of cookies was opened: only those are rendered, since a policy may list thousands. */
  readonly itemsShown: ReadonlySet<string>;
  showItems(id: string): void;
  save(): void;
  close(): void;
  dialog(): HTMLDialogElement | null | undefined;
  /** The note shown when the browser keeps no cookies. */
  readonly note: unknown;
  /** How many categories are drawn so far: a long policy is drawn a slice per frame, never in one long task. */
  readonly shown: number;
}

/** Categories drawn when the dialog opens, and added each frame after. */
export const SLICE = 20;

/** The categories with their storage, the consent cookie included. */
export const listedCategories = (view: Pick<PreferencesView, 'manifest' | 'catalog'>) =>
  disclosedCategories(view.manifest, view.catalog).filter((c) => c.items?.length);

/** The modal dialog: a switch per category, its description and (on request) its cookies; Save and Close. */
export function preferencesDialog(view: PreferencesView) {
  const { catalog } = view;
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @keydown=${(e: KeyboardEvent) => wrapTab(e, view.dialog())}>
    <h2 id="dialog-title">${catalog.preferencesTitle}</h2>
    ${view.note}
    ${disclosedCategories(view.manifest, catalog)
      .slice(0, view.shown)
      .map((c) => {
        const locked = view.locked.includes(c.id);
        return html`<div class="category">
        <label>
          <input
            type="checkbox"
            role="switch"
            .checked=${c.necessary === true || flagOn(view.draft, c.id)}
            ?disabled=${c.necessary || locked}
            aria-describedby="about-${c.id}"
            @change=${(e: Event) => view.setDraft(c.id, (e.target as HTMLInputElement).checked)}
          />
          ${view.text(c.name)}${c.necessary ? ` (${catalog.alwaysOn})` : ''}
        </label>
        <div id="about-${c.id}">
          ${c.description ? html`<p>${view.text(c.description)}</p>` : nothing}
          ${locked ? html`<p part="note">${catalog.signalConflict}</p>` : nothing}
        </div>
        ${
          c.items?.length
            ? html`<details part="details" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && view.showItems(c.id)}>
              <summary>${catalog.cookieDetails}</summary>${view.itemsShown.has(c.id) ? itemsTable(view, c) : nothing}
            </details>`
            : nothing
        }
      </div>`;
      })}
    <div part="actions">
      <button part="button" @click=${view.save}>${catalog.save}</button>
      <button part="button" @click=${view.close}>${catalog.close}</button>
    </div>
  </dialog>`;
}

/** The storage items of a category: name, purpose, duration, who sets them. */
export function itemsTable(view: Pick<PreferencesView, 'catalog' | 'lang' | 'text'>, category: Category) {
  const { catalog, lang } = view;
  return html`<table>
    <caption>
      ${view.text(category.name)}
    </caption>
    <tr>
      ${[catalog.name, catalog.purpose, catalog.duration, catalog.provider].map((h) => html`<th scope="col">${h}</th>`)}
    </tr>
    ${category.items!.map((item) => html`<tr>${storageRow(item, (v) => view.text(v), lang, catalog).map((cell) => html`<td>${cell}</td>`)}</tr>`)}
  </table>`;
}
