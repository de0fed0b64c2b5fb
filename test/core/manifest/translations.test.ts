import { expect } from '@open-wc/testing';
import { missingTranslations } from '../../../src/core/manifest/translations.js';
import { minimalManifest } from '../../fixtures.js';

describe('missingTranslations', () => {
  it('names each text map that lacks a language other texts have, by JSON path', () => {
    const manifest = {
      ...minimalManifest,
      controller: { name: { en: 'Example', de: 'Beispiel' } },
      cookies: {
        categories: [
          { id: 'stats', name: { en: 'Statistics' }, description: 'plain strings are the default language' },
        ],
      },
      data: [{ type: { en: 'Email', fr: 'Courriel' }, purpose: 'Sign-in' }],
    };
    expect(missingTranslations(manifest)).to.deep.equal([
      { path: '$.controller.name', missing: ['fr'] },
      { path: '$.data[0].type', missing: ['de'] },
      { path: '$.cookies.categories[0].name', missing: ['de', 'fr'] },
    ]);
  });

  it('finds nothing in a manifest of plain strings or complete maps', () => {
    expect(missingTranslations(minimalManifest)).to.deep.equal([]);
    expect(missingTranslations({ ...minimalManifest, controller: { name: { en: 'A', de: 'B' } } })).to.deep.equal([]);
  });
});
