// Lets the demo show each seed policy, each ready theme and each page colour scheme:
// ?policy=naxora picks the manifest before the library reads the script tag, ?theme=neutral
// adds a theme file from themes/, ?scheme=light sets the page's own color-scheme. Runs
// deferred, in order. The switcher links keep the other choices.
const POLICIES = ['example-shop', 'theaistep', 'aigilecoach', 'monitoring-saas', 'naxora'];
const THEMES = ['default', 'neutral', 'page'];
const SCHEMES = ['light dark', 'light', 'dark'];
const params = new URLSearchParams(location.search);
const pick = (name, allowed) => (allowed.includes(params.get(name)) ? params.get(name) : allowed[0]);
const chosen = { policy: pick('policy', POLICIES), theme: pick('theme', THEMES), scheme: pick('scheme', SCHEMES) };

const script = document.querySelector('script[data-policy]');
if (script) script.dataset.policy = `policies/${chosen.policy}.json`;
if (chosen.theme !== 'default') {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `../themes/${chosen.theme}.css`;
  document.head.append(link);
}
// Through the CSSOM, which a strict style-src allows.
document.documentElement.style.colorScheme = chosen.scheme;

for (const link of document.querySelectorAll('.switcher a')) {
  const own = new URL(link.href).searchParams;
  const [name, value] = [...own][0] ?? [];
  if (!name) continue;
  const merged = new URLSearchParams({ ...chosen, [name]: value });
  link.search = `?${merged}`;
  if (chosen[name] === value) link.setAttribute('aria-current', 'page');
}
