// The published types, as an app sees them: the packed tarball installed beside React's, Vue's and
// Svelte's type checkers, a JSON policy imported as the bundler imports it, and event handlers
// whose `detail` must be typed (strict mode: an untyped handler parameter is an error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installPacked } from '../packed.js';

const root = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'privacy-types-'));

// Every package of the project beside it, for the checkers and the frameworks' types.
installPacked(
  app,
  readdirSync(join(root, 'node_modules')).filter((name) => name !== 'privacy-elements' && name !== '.bin'),
);
copyFileSync('demo/policies/naxora.json', join(app, 'policy.json'));

const files = {
  'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }),
  // As in Vite's react-ts, vue-ts and svelte-ts templates.
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  }),
  // One project per checker, so that each reads only its own files.
  ...Object.fromEntries(
    ['react/*.tsx', 'vue/*.vue', 'svelte/*.svelte'].map((glob) => [
      `tsconfig.${glob.split('/')[0]}.json`,
      JSON.stringify({ extends: './tsconfig.json', include: [glob] }),
    ]),
  ),
  'react/good.tsx': `import 'privacy-elements/define';
import type {} from 'privacy-elements/react';
import type { ConsentRecord } from 'privacy-elements';
import policy from '../policy.json';

const keep = (record: ConsentRecord) => record.choices;

export function App() {
  return (
    <>
      <privacy-banner
        manifest={policy}
        position="corner"
        no-reopen-button
        lang="de"
        className="banner"
        onprivacy-consent-change={(event) => keep(event.detail)}
        onprivacy-consent-withdrawn={(event) => event.detail.policyVersion}
        onprivacy-error={(event) => event.detail.issues.map((issue) => issue.path)}
      />
      <privacy-summary policy="/privacy.json" sections="collected rights" layout="compact" headingLevel={3} open="all" />
      <privacy-signals manifest={policy} always region="US-CA" onprivacy-signal={(event) => event.detail.gpcHonoured} />
      <privacy-request
        manifest={policy}
        right="erasure"
        timeout={5000}
        onprivacy-request-submit={(event) => event.preventDefault()}
        onprivacy-request-sent={(event) => event.detail.reference.toUpperCase()}
        onprivacy-request-error={(event) => event.detail.reason}
      />
    </>
  );
}
`,
  'react/bad.tsx': `import type {} from 'privacy-elements/react';

export const wrong = (
  <>
    <privacy-banner position="left" /> {/* mistake */}
    <privacy-summary headingLevel="3" /> {/* mistake */}
    <privacy-request right="fly" /> {/* mistake */}
    <privacy-banner manifest={{ version: 1 }} /> {/* mistake */}
    <privacy-banner onprivacy-consent-change={(event) => event.detail.nope} /> {/* mistake */}
    <privacy-signals onprivacy-signal={(event) => event.detail.choices} /> {/* mistake */}
  </>
);
`,
  'vue/Good.vue': `<script setup lang="ts">
import 'privacy-elements/define';
import type {} from 'privacy-elements/vue';
import type { ConsentRecord } from 'privacy-elements';
import policy from '../policy.json';

const keep = (record: ConsentRecord) => record.choices;
</script>

<template>
  <privacy-banner :manifest="policy" position="corner" lang="de" @privacy-consent-change="(event) => keep(event.detail)" @privacy-error="(event) => event.detail.issues.map((issue) => issue.path)" />
  <privacy-summary policy="/privacy.json" layout="compact" :heading-level="3" />
  <privacy-signals :manifest="policy" always @privacy-signal="(event) => event.detail.gpcHonoured" />
  <privacy-request :manifest="policy" right="erasure" @privacy-request-submit="(event) => event.preventDefault()" @privacy-request-sent="(event) => event.detail.reference.toUpperCase()" />
</template>
`,
  'vue/Bad.vue': `<script setup lang="ts">
import type {} from 'privacy-elements/vue';
</script>

<template>
  <privacy-banner position="left" /><!-- mistake -->
  <privacy-summary :heading-level="'3'" /><!-- mistake -->
  <privacy-banner @privacy-consent-change="(event) => event.detail.nope" /><!-- mistake -->
  <privacy-signals @privacy-signal="(event) => event.detail.choices" /><!-- mistake -->
</template>
`,
  'svelte/Good.svelte': `<script lang="ts">
  import 'privacy-elements/define';
  import type {} from 'privacy-elements/svelte';
  import type { ConsentRecord } from 'privacy-elements';
  import policy from '../policy.json';

  const keep = (record: ConsentRecord) => record.choices;
</script>

<privacy-banner manifest={policy} position="corner" lang="de" onprivacy-consent-change={(event) => keep(event.detail)} onprivacy-error={(event) => event.detail.issues.map((issue) => issue.path)}></privacy-banner>
<privacy-summary policy="/privacy.json" layout="compact" headingLevel={3}></privacy-summary>
<privacy-signals manifest={policy} always onprivacy-signal={(event) => event.detail.gpcHonoured}></privacy-signals>
<privacy-request manifest={policy} right="erasure" onprivacy-request-submit={(event) => event.preventDefault()} onprivacy-request-sent={(event) => event.detail.reference.toUpperCase()}></privacy-request>
`,
  'svelte/Bad.svelte': `<script lang="ts">
  import type {} from 'privacy-elements/svelte';
</script>

<privacy-banner position="left"></privacy-banner><!-- mistake -->
<privacy-summary headingLevel="3"></privacy-summary><!-- mistake -->
<privacy-banner onprivacy-consent-change={(event) => event.detail.nope}></privacy-banner><!-- mistake -->
<privacy-signals onprivacy-signal={(event) => event.detail.choices}></privacy-signals><!-- mistake -->
`,
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(app, name, '..'), { recursive: true });
  writeFileSync(join(app, name), text);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
/** Runs a checker in the app; the three run side by side. */
const check = (command, args) =>
  new Promise((done) => {
    const child = spawn(bin(command), args, { cwd: app });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', () => done(output));
  });
const checked = {
  react: check('tsc', ['-p', 'tsconfig.react.json']),
  vue: check('vue-tsc', ['-p', 'tsconfig.vue.json']),
  svelte: check('svelte-check', [
    '--tsconfig',
    './tsconfig.svelte.json',
    '--output',
    'machine',
    '--threshold',
    'error',
  ]),
};
const mistakes = (file) =>
  readFileSync(join(app, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('mistake') ? [i + 1] : []));

/** Every error is in the bad file, and each of its mistakes has one: good code passes, wrong code does not. */
function assertErrors(errors, good, bad, output) {
  assert.deepEqual(
    errors.filter((e) => e.file !== bad),
    [],
    `${good} has errors:\n${output}`,
  );
  assert.deepEqual(
    [...new Set(errors.map((e) => e.line))].sort((a, b) => a - b),
    mistakes(bad),
    `${bad}, every mistake and nothing else:\n${output}`,
  );
}

const fromTsc = (output) =>
  [...output.matchAll(/^(\S+?)\((\d+),\d+\): error TS\d+/gm)].map(([, file, line]) => ({
    file: file.replace(/\\/g, '/'),
    line: +line,
  }));

test('React 19: JSX for every tag, typed properties and event handlers, a JSON policy', async () => {
  const output = await checked.react;
  const errors = fromTsc(output);
  assertErrors(errors, 'react/good.tsx', 'react/bad.tsx', output);
});

test('Vue: global components with typed props and events (vue-tsc)', async () => {
  const output = await checked.vue;
  const errors = fromTsc(output);
  assertErrors(errors, 'vue/Good.vue', 'vue/Bad.vue', output);
});

test('Svelte: svelteHTML elements with typed properties and events (svelte-check)', async () => {
  const output = await checked.svelte;
  // Machine output: "<time> ERROR "<file>" <line>:<column> "<message>"", lines counted from 1.
  const errors = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+/gm)].map(([, file, line]) => ({
    file: file.replace(/\\/g, '/'),
    line: +line,
  }));
  assert.match(output, /COMPLETED/, output);
  assertErrors(errors, 'svelte/Good.svelte', 'svelte/Bad.svelte', output);
});
