import { waitUntil } from '@open-wc/testing';
import type { Manifest } from '../src/core/manifest/schema.js';
import { validateManifest } from '../src/core/manifest/validate.js';

/** The smallest valid manifest; tests add what they need to a copy. */
export const minimalManifest: Manifest = {
  version: '1',
  effectiveDate: '2026-01-01',
  controller: { name: 'Example Ltd', email: 'privacy@example.com' },
};

/** The four real policies in demo/policies. */
export const SEEDS = ['theaistep', 'aigilecoach', 'monitoring-saas', 'naxora'] as const;

/** A seed policy, validated; throws with the issues if it is not valid. */
export async function loadSeed(name: (typeof SEEDS)[number]): Promise<Manifest> {
  const value = await (await fetch(`/demo/policies/${name}.json`)).json();
  const result = validateManifest(value);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return result.manifest;
}

/**
 * Waits until an element's policy is read: ready, or refused. A refused manifest is reported
 * after the validator that words the problems has loaded, a moment later than a valid one renders.
 */
export async function policySettled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  const state = () => (el as unknown as { policyController: { state: { status: string } } }).policyController.state;
  await el.updateComplete; // a manifest just set is taken up in the next update
  await waitUntil(() => state().status !== 'loading', `<${el.localName}> never settled`, { timeout: 5000 });
  await el.updateComplete;
}

const restoreAfterTest: (() => void)[] = [];
afterEach(() =>
  restoreAfterTest
    .splice(0)
    .reverse()
    .forEach((restore) => restore()),
);

/**
 * For a test that provokes an error on purpose: console.error is held until the test ends, and what
 * it was given is returned for the test to assert, instead of being printed in the test run.
 */
export function captureConsoleError(): string[] {
  const logged: string[] = [];
  const real = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  restoreAfterTest.push(() => (console.error = real));
  return logged;
}
