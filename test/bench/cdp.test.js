// The benchmark's own instruments, in a real Chromium: the protocol driver and the
// scripting figure read from a trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from '../../bench/cdp.js';
import { longTasksFromTrace, scriptingFromTrace, TRACE_CATEGORIES } from '../../bench/trace.js';
import { interact } from '../../bench/interact.js';

const executable = process.env.CHROME_PATH || '/usr/bin/chromium';
const page = (html) => `data:text/html,${encodeURIComponent(html)}`;
let browser;

before(async () => {
  browser = await launch(executable);
});
after(() => browser?.close());

test('a tab has the viewport asked for, runs script, and starts with no cookies', async () => {
  const tab = await openPage(browser, { width: 1280, height: 720 });
  try {
    await tab.navigate(page('<title>t</title><p>hello</p>'));
    assert.deepEqual(await tab.evaluate('[innerWidth, innerHeight, document.querySelector("p").textContent]'), [
      1280,
      720,
      'hello',
    ]);
    assert.equal(await tab.evaluate('new Promise((r) => setTimeout(() => r(42), 10))'), 42);
    assert.equal(
      (await browser.send('Storage.getCookies', { browserContextId: tab.browserContextId })).cookies.length,
      0,
    );
  } finally {
    await tab.close();
  }
});

test('an error in the page and an unknown command are reported, not swallowed', async () => {
  const tab = await openPage(browser, { width: 800, height: 600 });
  try {
    await assert.rejects(tab.evaluate('null.x'), /in the page: TypeError/);
    await assert.rejects(tab.send('No.suchMethod'), /No\.suchMethod/);
    await assert.rejects(tab.waitFor('Page.loadEventFired', 50), /not within/);
  } finally {
    await tab.close();
  }
});

test('each tab is a fresh profile: a cookie set in one is not in the next', async () => {
  const first = await openPage(browser, { width: 800, height: 600 });
  await browser.send('Storage.setCookies', {
    browserContextId: first.browserContextId,
    cookies: [{ name: 'seen', value: '1', domain: 'example.test', path: '/' }],
  });
  assert.equal(
    (await browser.send('Storage.getCookies', { browserContextId: first.browserContextId })).cookies.length,
    1,
  );
  await first.close();
  const second = await openPage(browser, { width: 800, height: 600 });
  assert.equal(
    (await browser.send('Storage.getCookies', { browserContextId: second.browserContextId })).cookies.length,
    0,
  );
  await second.close();
});

test('scripting from a real trace counts work done in a promise job', async () => {
  const tab = await openPage(browser, { width: 800, height: 600 });
  try {
    const events = [];
    const stop = tab.on((m) => m.method === 'Tracing.dataCollected' && events.push(...m.params.value));
    await tab.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    // A fetch settles outside any script: what runs then is a promise job at the top of a task.
    await tab.navigate(
      page(`<script>
        const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
        fetch('data:text/plain,x').then((r) => r.text()).then(() => busy(150));
      </script>`),
    );
    await tab.evaluate('new Promise((r) => setTimeout(r, 300))');
    const complete = tab.waitFor('Tracing.tracingComplete', 10_000);
    await tab.send('Tracing.end');
    await complete;
    stop();
    const { ms, byEvent } = scriptingFromTrace(events);
    assert.ok(ms >= 150, `counted ${ms} ms`);
    assert.ok(Object.values(byEvent).reduce((a, b) => a + b, 0) - ms < 0.1, 'the parts add up');
  } finally {
    await tab.close();
  }
});

test('long tasks from a real trace: a script and a timer that block the main thread, and what they ran', async () => {
  const tab = await openPage(browser, { width: 800, height: 600 });
  try {
    const events = [];
    const stop = tab.on((m) => m.method === 'Tracing.dataCollected' && events.push(...m.params.value));
    await tab.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await tab.navigate(
      page(`<p>text</p><script>
        const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
        busy(120);
        setTimeout(() => busy(70), 50);
      </script>`),
    );
    await tab.evaluate('new Promise((r) => setTimeout(r, 300))');
    const complete = tab.waitFor('Tracing.tracingComplete', 10_000);
    await tab.send('Tracing.end');
    await complete;
    stop();
    const { count, longestMs, tasks } = longTasksFromTrace(events);
    assert.ok(count >= 2, JSON.stringify(tasks));
    assert.ok(longestMs >= 120, `longest ${longestMs} ms`);
    const timer = tasks.find((t) => t.mostly === 'TimerFire');
    assert.ok(timer && timer.ms >= 70, JSON.stringify(tasks));
  } finally {
    await tab.close();
  }
});

// A stand-in for our banner: Customize opens a dialog 80 ms after the click (as a chunk fetched on
// first use would); the first category's details show their list 40 ms after the click.
const bannerPage = page(`<privacy-banner></privacy-banner><script>
  customElements.define('privacy-banner', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = \`
        <section part="panel"><button>Accept all</button><button> Customize </button></section>
        <dialog><details><summary>Cookie details</summary></details></dialog>\`;
      const [, customize] = this.shadowRoot.querySelectorAll('button');
      customize.addEventListener('click', () => setTimeout(() => this.shadowRoot.querySelector('dialog').showModal(), 80));
      const details = this.shadowRoot.querySelector('details');
      details.addEventListener('toggle', () => setTimeout(() => details.insertAdjacentHTML('beforeend', '<table><tr><td>_stats</td></tr></table>'), 40));
    }
  });
</script>`);

test('a click is timed from the click to the painted frame that shows what it opened, through shadow roots', async () => {
  const tab = await openPage(browser, { width: 800, height: 600 });
  try {
    await tab.navigate(bannerPage);
    const dialogMs = await interact(tab, 'customize');
    assert.ok(dialogMs >= 80 && dialogMs < 1000, `${dialogMs} ms`);
    assert.equal(
      await tab.evaluate('document.querySelector("privacy-banner").shadowRoot.querySelector("dialog").open'),
      true,
    );
    const listMs = await interact(tab, 'details');
    assert.ok(listMs >= 40 && listMs < 1000, `${listMs} ms`);
  } finally {
    await tab.close();
  }
});

test('a click with nothing to click on is an error, not a time', async () => {
  const tab = await openPage(browser, { width: 800, height: 600 });
  try {
    await tab.navigate(page('<privacy-banner></privacy-banner>'));
    await assert.rejects(interact(tab, 'customize'), /customize: nothing to click/);
  } finally {
    await tab.close();
  }
});

test('a browser that goes away fails what is waiting on it', async () => {
  const lone = await launch(executable);
  const tab = await openPage(lone, { width: 800, height: 600 });
  const waiting = tab.waitFor('Page.loadEventFired', 10_000);
  await lone.close();
  await assert.rejects(waiting);
  await assert.rejects(tab.send('Page.enable'), /Chromium exited/);
});
