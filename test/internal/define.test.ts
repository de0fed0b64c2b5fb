import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('registers a tag once and tolerates a second copy with one warning, never throwing', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      class Third extends HTMLElement {}
      define('privacy-define-test', First);
      define('privacy-define-test', First);
      expect(warnings).to.have.length(0);
      define('privacy-define-test', Second);
      define('privacy-define-test-two', Third);
      define('privacy-define-test-two', Second);
      expect(customElements.get('privacy-define-test')).to.equal(First);
      expect(customElements.get('privacy-define-test-two')).to.equal(Third);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('already defined by another copy');
    } finally {
      console.warn = warn;
    }
  });
});
