// Lets the demo show each seed policy: ?policy=naxora (and the like) picks the
// manifest before the library reads the script tag. Runs deferred, in order.
const POLICIES = ['example-shop', 'theaistep', 'aigilecoach', 'monitoring-saas', 'naxora'];
const wanted = new URLSearchParams(location.search).get('policy');
const chosen = POLICIES.includes(wanted) ? wanted : 'example-shop';
const script = document.querySelector('script[data-policy]');
if (script) script.dataset.policy = `policies/${chosen}.json`;
for (const link of document.querySelectorAll('.switcher a')) {
  if (new URL(link.href).searchParams.get('policy') === chosen) link.setAttribute('aria-current', 'page');
}
