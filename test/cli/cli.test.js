// The command line, run as a user would: help, version, validate, gpc-json, inline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/privacy-elements.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'privacy-cli-'));
const write = (name, value) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const minimal = { version: '1', effectiveDate: '2026-01-01', controller: { name: 'Example Ltd' } };

test('validate: every demo policy is valid, exit 0 and a one-line summary', () => {
  const seeds = readdirSync('demo/policies').filter((f) => f.endsWith('.json'));
  for (const seed of ['theaistep', 'aigilecoach', 'monitoring-saas', 'naxora'])
    assert.ok(seeds.includes(`${seed}.json`), seed);
  for (const seed of seeds) {
    const run = cli('validate', `demo/policies/${seed}`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim().split('\n').length, 1);
    assert.match(run.stdout, /valid policy of .+, version .+ \(\d{4}-\d{2}-\d{2}\): \d+ data types/);
  }
});

test('validate: exit 1 and every error with its JSON path', () => {
  const file = write('bad.json', {
    ...minimal,
    url: 'javascript:alert(1)',
    retention: [{ data: 'Logs', period: '30 days' }],
    rights: { items: [{ right: 'fly' }] },
  });
  const run = cli('validate', file);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /3 errors/);
  assert.match(run.stderr, /^\$\.url: expected an http\(s\) or mailto URL/m);
  assert.match(run.stderr, /^\$\.retention\[0\]\.period: expected an ISO 8601 duration/m);
  assert.match(run.stderr, /^\$\.rights\.items\[0\]\.right: expected one of access/m);
});

test('validate: a manifest of 100,000 unknown keys lists the first 50 errors and counts the rest', () => {
  const big = { ...minimal };
  for (let i = 0; i < 100_000; i++) big[`k${i}`] = i;
  const run = cli('validate', write('huge.json', big));
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines[0], `${join(dir, 'huge.json')}: 100000 errors`);
  assert.equal(lines.length, 52);
  assert.match(lines[1], /^\$\.k0: unknown property/);
  assert.equal(lines[51], '…and 99950 more');
});

test('validate: invalid JSON, a missing file and a missing argument', () => {
  const broken = cli('validate', write('broken.json', '{"version": '));
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /^\$: expected valid JSON/m);
  const comma = cli(
    'validate',
    write('comma.json', '{\n  "version": "1",\n  "effectiveDate": "2026-01-01"\n  "controller": { "name": "X" }\n}\n'),
  );
  assert.equal(comma.status, 1);
  assert.match(comma.stderr, /^\$: expected valid JSON at line 4, column 3: /m);
  const missing = cli('validate', join(dir, 'nope.json'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot be read \(ENOENT\)/);
  const usage = cli('validate');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^usage: privacy-elements/);
  assert.equal(cli('frobnicate', 'x.json').status, 2);
});

test('gpc-json: writes the well-known object from the manifest', () => {
  const honours = write('gpc.json', { ...minimal, effectiveDate: '2026-03-04', signals: { gpc: { honoured: true } } });
  const run = cli('gpc-json', honours);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { gpc: true, lastUpdate: '2026-03-04' });
  const out = join(dir, 'out.json');
  assert.equal(cli('gpc-json', write('nogpc.json', minimal), out).status, 0);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), { gpc: false, lastUpdate: '2026-01-01' });
  // A policy updated since it took effect: the stance is as of that update.
  const updated = cli(
    'gpc-json',
    write('updated.json', { ...minimal, lastUpdated: '2026-05-06', signals: { gpc: { honoured: true } } }),
  );
  assert.deepEqual(JSON.parse(updated.stdout), { gpc: true, lastUpdate: '2026-05-06' });
});

test('validate: a file saved with a byte-order mark reads as the browser reads it', () => {
  const run = cli('validate', write('bom.json', `\uFEFF${JSON.stringify(minimal)}`));
  assert.equal(run.status, 0, run.stderr);
});

test('gpc-json: a target that cannot be written is one clear line and exit 1, no stack trace', () => {
  // A folder on the path is a file: no folder can be made there.
  const run = cli('gpc-json', write('ok.json', minimal), join(write('not-a-folder', ''), 'gpc.json'));
  assert.equal(run.status, 1);
  assert.match(run.stderr.trim(), /^.+gpc\.json: cannot be written \((ENOTDIR|EEXIST)\)$/);
});

test('gpc-json: the folders of the output path are created', () => {
  const out = join(dir, 'site', 'public', '.well-known', 'gpc.json');
  const run = cli('gpc-json', write('folders.json', minimal), out);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), { gpc: false, lastUpdate: '2026-01-01' });
});

test('help: --help, -h and help print the usage to stdout with exit 0, exit codes included', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const run = cli(flag);
    assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^usage: privacy-elements <command>/);
    for (const command of ['validate', 'gpc-json', 'inline', 'render'])
      assert.match(run.stdout, new RegExp(`^  ${command} `, 'm'));
    assert.match(run.stdout, /exit codes: 0 .+; 1 .+; 2 wrong usage/);
  }
  const one = cli('help', 'gpc-json');
  assert.equal(one.status, 0);
  assert.match(one.stdout, /^usage: privacy-elements gpc-json <policy\.json> \[out\.json\]/);
  const flag = cli('validate', '--help');
  assert.equal(flag.status, 0);
  assert.match(flag.stdout, /^usage: privacy-elements validate <policy\.json>\.\.\./);
  // No command at all is a mistake, not a request for help.
  const none = cli();
  assert.equal(none.status, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^usage: privacy-elements/);
});

test('--version prints the package version', () => {
  const run = cli('--version');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('an unknown command is named, with the closest command suggested', () => {
  const typo = cli('valdate', 'x.json');
  assert.equal(typo.status, 2);
  assert.equal(typo.stdout, '');
  assert.match(typo.stderr, /unknown command "valdate"; did you mean "validate"\?/);
  assert.match(cli('gpcjson', 'x.json').stderr, /did you mean "gpc-json"\?/);
  const far = cli('frobnicate', 'x.json');
  assert.equal(far.status, 2);
  assert.match(far.stderr, /unknown command "frobnicate"; commands: validate, gpc-json, inline, render/);
  const option = cli('--frobnicate');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /unknown option "--frobnicate"/);
  // A name that an object has by inheritance is no command either.
  for (const name of ['constructor', '__proto__', 'toString']) {
    const run = cli(name, 'x.json');
    assert.equal(run.status, 2, name);
    assert.match(run.stderr, new RegExp(`unknown command "${name}"`));
  }
  assert.match(cli('help', 'nope').stderr, /unknown command "nope"/);
});

test('validate: several files in one call, each reported, exit 1 when any fails', () => {
  const good = write('good1.json', minimal);
  const alsoGood = write('good2.json', { ...minimal, recipients: [{ name: 'Host', purpose: 'Hosting' }] });
  const both = cli('validate', good, alsoGood);
  assert.equal(both.status, 0, both.stderr);
  assert.equal(both.stdout.trim().split('\n').length, 2);
  const bad = write('bad2.json', { ...minimal, effectiveDate: 'soon' });
  const mixed = cli('validate', good, bad, join(dir, 'nope.json'), alsoGood);
  assert.equal(mixed.status, 1);
  assert.equal(mixed.stdout.trim().split('\n').length, 2, 'the valid ones are still reported');
  assert.match(mixed.stderr, /bad2\.json: 1 error\n\$\.effectiveDate: expected a date/);
  assert.match(mixed.stderr, /nope\.json: cannot be read \(ENOENT\)/);
  assert.match(mixed.stderr, /2 of 4 files failed/);
});

test('validate: one is singular, several are plural', () => {
  const one = {
    ...minimal,
    data: [{ group: 'Contact', type: 'Email address' }],
    recipients: [{ name: 'Host', purpose: 'Hosting' }],
  };
  const run = cli('validate', write('one.json', one));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /: 1 data type, 1 recipient, 0 retention rules, 0 cookie categories, 0 rights$/m);
  const two = cli(
    'validate',
    write('two.json', {
      ...one,
      recipients: [
        { name: 'Host', purpose: 'Hosting' },
        { name: 'Mail', purpose: 'Email' },
      ],
    }),
  );
  assert.match(two.stdout, /, 2 recipients,/);
});

test('colours: none into a pipe or with NO_COLOR, only on a terminal', async () => {
  const ESC = String.fromCharCode(27);
  const bad = write('colour.json', { ...minimal, effectiveDate: 'soon' });
  for (const run of [cli('validate', bad), cli('validate', write('plain.json', minimal))])
    assert.ok(!(run.stdout + run.stderr).includes(ESC));
  const { colorFor } = await import('../../dist/cli/io.js');
  assert.equal(colorFor({ isTTY: true }, {}), true);
  assert.equal(colorFor({ isTTY: false }, {}), false);
  assert.equal(colorFor({}, {}), false);
  assert.equal(colorFor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(colorFor({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset (no-color.org)');
  const { main } = await import('../../dist/cli/index.js');
  const lines = [];
  const io = (color) => ({ out: (l) => lines.push(l), err: (l) => lines.push(l), color: { out: color, err: color } });
  assert.equal(await main(['validate', bad], io(true)), 1);
  assert.ok(lines.join('\n').includes(`${ESC}[31m1 error${ESC}[0m`), lines.join('\n'));
  lines.length = 0;
  assert.equal(await main(['validate', bad], io(false)), 1);
  assert.ok(!lines.join('\n').includes(ESC));
});

test('size check: runs as a script from a path with a space in it', () => {
  const spaced = join(dir, 'a b');
  mkdirSync(spaced);
  copyFileSync('scripts/size.js', join(spaced, 'size.mjs'));
  symlinkSync(resolve('node_modules'), join(spaced, 'node_modules'));
  const run = spawnSync(process.execPath, [join(spaced, 'size.mjs')], { encoding: 'utf8' });
  assert.match(run.stdout, /marketing page: [^\n]*: \d+ B gzip/, run.stderr);
});

test('size check: --modules says what each module puts into the banner import and the full import', () => {
  const run = spawnSync(process.execPath, ['scripts/size.js', '--modules'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [banner, every] = run.stdout.split(/^import "privacy-elements\/define".*$/m);
  const rows = (text) =>
    [...text.matchAll(/^ *(\d+) B gzip +(\d+) B min +(\S+)$/gm)].map(([, gzip, min, module]) => ({
      gzip: +gzip,
      min: +min,
      module,
    }));
  const modules = (text) => rows(text).map((r) => r.module);
  assert.ok(
    modules(banner).includes('lit-html/lit-html.js') &&
      modules(banner).includes('dist/elements/privacy-banner/privacy-banner.js'),
    banner,
  );
  assert.ok(!modules(banner).some((m) => m.includes('privacy-summary')), 'the banner import has no summary');
  assert.ok(modules(every).includes('dist/elements/privacy-summary/privacy-summary.js'), every);
  for (const text of [banner, every]) {
    const gzips = rows(text).map((r) => r.gzip);
    assert.deepEqual(
      gzips,
      [...gzips].sort((a, b) => b - a),
      'largest first',
    );
    assert.ok(rows(text).every((r) => r.gzip > 0 && r.min > 0));
  }
});

test('gpc-json: refuses an invalid manifest', () => {
  const run = cli('gpc-json', write('bad-gpc.json', { ...minimal, signals: { gpc: { honoured: 'yes' } } }));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /\$\.signals\.gpc\.honoured: expected true or false/);
});

test('inline: a data block to paste into a page, that no text in the policy can break out of', () => {
  const hostile = {
    $schema: '../schema/policy-manifest.schema.json',
    ...minimal,
    title: 'Terms & </SCRIPT><script>alert(1)</script> <!-- \u2028 \u2029',
  };
  const run = cli('inline', write('hostile.json', hostile));
  assert.equal(run.status, 0, run.stderr);
  const block = run.stdout.trim();
  assert.match(block, /^<script type="application\/json" id="privacy-policy">/);
  const close = block.toLowerCase().indexOf('</script');
  assert.equal(close, block.length - '</script>'.length, 'the only end tag is the block’s own');
  assert.doesNotMatch(block, /<!--|[\u2028\u2029]/);
  const json = block.slice(block.indexOf('>') + 1, close);
  const { $schema, ...rest } = hostile;
  assert.deepEqual(JSON.parse(json), rest);

  const named = cli('inline', write('named.json', minimal), 'site-policy');
  assert.match(named.stdout, /^<script type="application\/json" id="site-policy">/);
  assert.equal(cli('inline', write('badid.json', minimal), '"><img src=x>').status, 2);
  const invalid = cli('inline', write('invalid.json', { ...minimal, effectiveDate: 'soon' }));
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /^\$\.effectiveDate: expected a date/m);
});
