// Clicks on our banner for the bench, each timed the way its "visible" is (bench/run.js).

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the bench does on our pages once the banner settled, each step timed the way "visible" is:
// from the click (its event's timeStamp, so any wait for the main thread counts) to the end of
// painting the first frame in which what it opens shows. The elements are looked up through every
// shadow root under the banner, so the measure holds wherever the build puts them.
//   customize: the first layer's "Customize" button; done when an open <dialog> has a box on screen;
//   details: the first category's "cookie details" <summary> in that dialog; done when its <details>
//     is open and something other than the summary in it has a box (the list of cookies).
//   summaryCookies: the Cookies section's toggle in <privacy-summary>, brought to the top of the
//     viewport (the banner covers the middle); done when a row of its tables has a box.
export const INTERACTION_TIMEOUT_MS = 10_000;
function interactionHelpers() {
  const under = (root) => {
    const out = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return out;
  };
  const inBanner = () => under(document.querySelector('privacy-banner')?.shadowRoot);
  const summaryRoot = () => document.querySelector('privacy-summary')?.shadowRoot;
  const hasBox = (el) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden'
    );
  };
  // The probe runs every frame inside the frames it measures, so it looks things up once: walking
  // every element of a dialog of 500 categories each frame cost more than the dialog's own update.
  const steps = {
    customize: {
      target: () => inBanner().find((el) => el.localName === 'button' && el.textContent.trim() === 'Customize'),
      done: (state) => {
        state.dialog ??= inBanner().find((el) => el.localName === 'dialog');
        return !!state.dialog?.open && hasBox(state.dialog);
      },
    },
    summaryCookies: {
      // Brought to the top of the viewport: the banner, still showing, covers the middle.
      block: 'start',
      target: () => summaryRoot()?.querySelector('button[aria-controls="privacy-cookies-panel"]'),
      done: () => {
        const row = summaryRoot()?.querySelector('#privacy-cookies-panel tbody tr');
        return !!row && hasBox(row);
      },
    },
    details: {
      target: () => {
        const dialog = inBanner().find((el) => el.localName === 'dialog' && el.open);
        return (
          dialog && under(dialog).find((el) => el.localName === 'summary' && el.parentElement?.localName === 'details')
        );
      },
      // The list of cookies is the <details>' own child, beside its <summary>.
      done: (state) => {
        const details = state.target.parentElement;
        return details.open && [...details.children].some((el) => el.localName !== 'summary' && hasBox(el));
      },
    },
  };
  window.__benchUi = {
    // Finds the step's target, brings it on screen, and waits for a click on it: returns the point to
    // click, and leaves `result` to settle with ms from the click to the painted frame (null on timeout).
    arm(step, limitMs) {
      const { target, done, block = 'center' } = steps[step];
      const el = target();
      if (!el) return null;
      const state = { target: el };
      el.scrollIntoView({ block });
      const r = el.getBoundingClientRect();
      let clickedAt = null;
      addEventListener('click', (e) => (clickedAt ??= e.timeStamp), { capture: true, once: true });
      this.result = new Promise((resolve) => {
        const tick = () => {
          if (clickedAt != null && done(state)) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
            channel.port2.postMessage(null);
          } else if (clickedAt == null || performance.now() - clickedAt < limitMs) requestAnimationFrame(tick);
          else resolve(null);
        };
        requestAnimationFrame(tick);
      });
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
  };
}

/**
 * Clicks the step's target with a real (trusted) mouse click and waits for what it opens to be
 * painted: ms from the click, or null when it did not come; throws when there is nothing to click.
 */
export async function interact(tab, step) {
  await tab.evaluate(`window.__benchUi || (${interactionHelpers})()`);
  let point = await tab.evaluate(`window.__benchUi.arm(${JSON.stringify(step)}, ${INTERACTION_TIMEOUT_MS})`);
  // The work load gets here after a fixed time, which its banner may not have met yet.
  for (let tries = 0; !point && tries < 50; tries++) {
    await sleep(100);
    point = await tab.evaluate(`window.__benchUi.arm(${JSON.stringify(step)}, ${INTERACTION_TIMEOUT_MS})`);
  }
  if (!point) throw new Error(`${step}: nothing to click`);
  for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'])
    await tab.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 });
  return tab.evaluate('window.__benchUi.result');
}
