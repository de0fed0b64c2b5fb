import { expect } from '@open-wc/testing';
import { checkValue, readJson } from '../../../src/core/manifest/load.js';
import { minimalManifest } from '../../fixtures.js';

// Each test file runs in a page of its own: here the development build's validator is installed.
describe('the development build', () => {
  it('before it is installed: a refused manifest is reported once the validator has loaded', async () => {
    const result = checkValue({ version: 1 });
    expect(result).to.be.instanceOf(Promise);
    const reported = await result;
    expect(reported.ok).to.equal(false);
    expect(reported.issues.map((i) => i.path)).to.include('$.version');
  });

  it('once installed, checks every manifest in full at once: every problem with its path, JSON syntax with line and column', async () => {
    await import('../../../src/development.js');
    const result = checkValue({ ...minimalManifest, version: 1, url: 'javascript:alert(1)' });
    expect(result).not.to.be.instanceOf(Promise);
    expect((result as { issues: { path: string }[] }).issues.map((i) => i.path)).to.deep.equal(['$.version', '$.url']);
    const syntax = readJson('{\n  "version": ');
    expect(syntax).not.to.be.instanceOf(Promise);
    expect((syntax as { issues: { message: string }[] }).issues[0].message).to.match(/line 2, column 14/);
    expect((checkValue(minimalManifest) as { ok: boolean }).ok).to.equal(true);
  });

  it('once installed, checks a large manifest in full in slices, and on a server at once', async () => {
    await import('../../../src/development.js');
    const manifest: Record<string, unknown> = { ...minimalManifest, version: 1 };
    for (let i = 0; i < 20_000; i++) manifest[`k${i}`] = i;
    // Begun long ago: the first slice is over at once, so the check goes on in later tasks.
    const sliced = checkValue(manifest, performance.now() - 1000);
    expect(sliced).to.be.instanceOf(Promise);
    const result = await sliced;
    expect(result.issues[0].path).to.equal('$.version');
    expect(result.ok || result.omitted).to.equal(20_001 - result.issues.length);
    const atOnce = checkValue(manifest, performance.now() - 1000, true);
    expect(atOnce).not.to.be.instanceOf(Promise);
    expect(atOnce).to.deep.equal(result);
  });
});
