import { expect } from '@open-wc/testing';
import { formatDate, formatDuration } from '../../../src/core/i18n/time.js';
import { languageTag, resolveCatalog, registerCatalog } from '../../../src/core/i18n/catalog.js';
import { en } from '../../../src/core/i18n/en.js';
import { commonStrings } from '../../../src/core/i18n/en/common.js';
import { storageStrings } from '../../../src/core/i18n/en/storage.js';
import { bannerStrings } from '../../../src/core/i18n/en/banner.js';
import { preferencesStrings } from '../../../src/core/i18n/en/preferences.js';
import { signalsStrings } from '../../../src/core/i18n/en/signals.js';
import { requestStrings } from '../../../src/core/i18n/en/request.js';
import { rightsStrings } from '../../../src/core/i18n/en/rights.js';
import { summaryStrings } from '../../../src/core/i18n/en/summary.js';
import { localize } from '../../../src/core/manifest/localize.js';

describe('formatting for people', () => {
  it('renders durations in words', () => {
    expect(formatDuration('P30D', 'en')).to.equal('30 days');
    expect(formatDuration('PT72H', 'en')).to.equal('72 hours');
    expect(formatDuration('P1Y6M', 'en')).to.equal('1 year and 6 months');
    expect(formatDuration('P1D', 'de')).to.equal('1 Tag');
  });

  it('leaves a malformed duration as it is rather than inventing one', () => {
    expect(formatDuration('forever', 'en')).to.equal('forever');
  });

  it('renders dates in the language’s own order, without a time-zone shift', () => {
    expect(formatDate('2025-01-01', 'en-GB')).to.equal('1 January 2025');
    expect(formatDate('2025-01-01', 'en-US')).to.equal('January 1, 2025');
    expect(formatDate('2025-01-01', 'de')).to.equal('1. Januar 2025');
  });
});

describe('language resolution', () => {
  it('takes the first wanted language that has a catalog, else the English strings the caller passes', () => {
    expect(resolveCatalog([undefined, '', 'fr-CA', 'en'], bannerStrings).lang).to.equal('fr-CA');
    expect(resolveCatalog(['fr-CA'], bannerStrings).catalog).to.equal(bannerStrings);
    expect(resolveCatalog([], commonStrings)).to.deep.equal({ lang: 'en', catalog: commonStrings });
    const de = { ...en, acceptAll: 'Alle akzeptieren' };
    registerCatalog('de', de);
    expect(resolveCatalog(['de-AT', 'en'], bannerStrings)).to.deep.equal({ lang: 'de-AT', catalog: de });
    registerCatalog('xx-YY', { ...en, acceptAll: 'x' });
    expect(resolveCatalog(['XX-yy'], bannerStrings).catalog.acceptAll).to.equal('x');
  });

  it('fills a catalog that lacks strings (written for an earlier release, or a partial translation) with English, groups one level deep', () => {
    registerCatalog('br', { acceptAll: 'Tout accepter', sections: { about: 'Qui nous sommes' } });
    const english = { ...storageStrings, ...summaryStrings, ...bannerStrings };
    const { catalog } = resolveCatalog(['br'], english);
    expect(catalog.acceptAll).to.equal('Tout accepter');
    expect(catalog.rejectAll).to.equal(bannerStrings.rejectAll);
    expect(catalog.kinds.localStorage).to.equal('local storage');
    expect(catalog.sections).to.deep.equal({ ...summaryStrings.sections, about: 'Qui nous sommes' });
    expect(catalog.lastUpdated('1 mai 2026', '3')).to.equal('Last updated 1 mai 2026, version 3');
  });

  it('gives the same strings object from one lookup to the next until a catalog is registered, so a render can skip what they did not change', () => {
    registerCatalog('br', { acceptAll: 'Tout accepter' });
    const first = resolveCatalog(['br'], bannerStrings).catalog;
    expect(resolveCatalog(['br'], bannerStrings).catalog).to.equal(first);
    expect(resolveCatalog(['br'], commonStrings).catalog, 'completed with other English: another object').to.not.equal(
      first,
    );
    registerCatalog('br', { rejectAll: 'Tout refuser' });
    const next = resolveCatalog(['br'], bannerStrings).catalog;
    expect(next).to.not.equal(first);
    expect([next.acceptAll, next.rejectAll]).to.deep.equal(['Tout accepter', 'Tout refuser']);
  });

  it('an English page gets English even when the browser lists a language with a catalog after it', () => {
    registerCatalog('de', { ...en, acceptAll: 'Alle akzeptieren' });
    expect(resolveCatalog(['en', 'de-DE'], bannerStrings)).to.deep.equal({ lang: 'en', catalog: bannerStrings });
    expect(resolveCatalog(['en-GB', 'de'], bannerStrings).catalog).to.equal(bannerStrings);
    expect(resolveCatalog(['fr', 'de'], bannerStrings).catalog.acceptAll).to.equal('Alle akzeptieren');
  });

  it('mends or skips a language tag Intl would refuse, so formatting never throws', () => {
    expect(languageTag('en_US')).to.equal('en-US');
    expect(languageTag(' de-at ')).to.equal('de-at');
    // Old codes keep their name: catalogs and manifest texts are keyed by them.
    for (const old of ['tl', 'iw', 'in', 'mo']) expect(languageTag(old), old).to.equal(old);
    for (const bad of ['x', 'en US', '12', '-', 'en--GB']) expect(languageTag(bad), bad).to.equal(undefined);
    expect(resolveCatalog(['x', 'en_GB'], bannerStrings).lang).to.equal('en-GB');
    expect(resolveCatalog(['x'], bannerStrings).lang).to.equal('en');
    expect(() => formatDate('2026-01-01', resolveCatalog(['en_US'], bannerStrings).lang)).not.to.throw();
  });

  it('splits English into parts that name each string once', () => {
    const parts = [
      commonStrings,
      storageStrings,
      bannerStrings,
      preferencesStrings,
      signalsStrings,
      requestStrings,
      rightsStrings,
      summaryStrings,
    ];
    const keys = parts.flatMap((p) => Object.keys(p));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).to.deep.equal([]);
    expect([...keys].sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('picks a manifest text by exact tag, primary language, fallback, then first', () => {
    const text = { en: 'Privacy', 'pt-BR': 'Privacidade', de: 'Datenschutz' };
    expect(localize(text, 'pt-BR')).to.equal('Privacidade');
    expect(localize(text, 'de-CH')).to.equal('Datenschutz');
    expect(localize(text, 'fr')).to.equal('Privacy');
    expect(localize({ es: 'Privacidad' }, 'fr')).to.equal('Privacidad');
    expect(localize('plain', 'de')).to.equal('plain');
    expect(localize(undefined, 'de')).to.equal('');
  });

  it('falls back to the manifest’s language also when it names a region', () => {
    const text = { de: 'Datenschutz', en: 'Privacy' };
    expect(localize(text, 'fr', 'en-GB')).to.equal('Privacy');
    expect(localize({ de: 'Datenschutz', 'en-gb': 'Privacy (UK)', en: 'Privacy' }, 'fr', 'en-GB')).to.equal(
      'Privacy (UK)',
    );
  });
});
