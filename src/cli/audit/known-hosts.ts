/** What a known host is used for. */
export type HostKind = 'advertising' | 'analytics';

export interface KnownHost {
  readonly vendor: string;
  readonly kind: HostKind;
}

/**
 * Well-known advertising and analytics hosts, by registrable domain. A host under a domain that
 * also serves other things (google.com, bing.com, linkedin.com) is listed by its full name instead.
 */
const HOSTS: Record<string, KnownHost> = {
  'google-analytics.com': { vendor: 'Google Analytics', kind: 'analytics' },
  'analytics.google.com': { vendor: 'Google Analytics', kind: 'analytics' },
  'googletagmanager.com': { vendor: 'Google Tag Manager', kind: 'analytics' },
  'doubleclick.net': { vendor: 'Google DoubleClick', kind: 'advertising' },
  'googlesyndication.com': { vendor: 'Google AdSense', kind: 'advertising' },
  'googleadservices.com': { vendor: 'Google Ads', kind: 'advertising' },
  'adservice.google.com': { vendor: 'Google Ads', kind: 'advertising' },
  'facebook.net': { vendor: 'Facebook (Meta Pixel)', kind: 'advertising' },
  'facebook.com': { vendor: 'Facebook (Meta Pixel)', kind: 'advertising' },
  'hotjar.com': { vendor: 'Hotjar', kind: 'analytics' },
  'hotjar.io': { vendor: 'Hotjar', kind: 'analytics' },
  'clarity.ms': { vendor: 'Microsoft Clarity', kind: 'analytics' },
  'bat.bing.com': { vendor: 'Microsoft Advertising', kind: 'advertising' },
  'licdn.com': { vendor: 'LinkedIn Insight', kind: 'advertising' },
  'ads.linkedin.com': { vendor: 'LinkedIn Ads', kind: 'advertising' },
  'ads-twitter.com': { vendor: 'X (Twitter) Ads', kind: 'advertising' },
  'analytics.tiktok.com': { vendor: 'TikTok Pixel', kind: 'advertising' },
  'ct.pinterest.com': { vendor: 'Pinterest Tag', kind: 'advertising' },
  'sc-static.net': { vendor: 'Snap Pixel', kind: 'advertising' },
  'criteo.com': { vendor: 'Criteo', kind: 'advertising' },
  'criteo.net': { vendor: 'Criteo', kind: 'advertising' },
  'taboola.com': { vendor: 'Taboola', kind: 'advertising' },
  'outbrain.com': { vendor: 'Outbrain', kind: 'advertising' },
  'adnxs.com': { vendor: 'Xandr (AppNexus)', kind: 'advertising' },
  'amazon-adsystem.com': { vendor: 'Amazon Ads', kind: 'advertising' },
  'quantserve.com': { vendor: 'Quantcast', kind: 'advertising' },
  'scorecardresearch.com': { vendor: 'Comscore', kind: 'analytics' },
  'mc.yandex.ru': { vendor: 'Yandex Metrica', kind: 'analytics' },
  'mixpanel.com': { vendor: 'Mixpanel', kind: 'analytics' },
  'segment.com': { vendor: 'Segment', kind: 'analytics' },
  'segment.io': { vendor: 'Segment', kind: 'analytics' },
  'amplitude.com': { vendor: 'Amplitude', kind: 'analytics' },
  'heapanalytics.com': { vendor: 'Heap', kind: 'analytics' },
  'fullstory.com': { vendor: 'FullStory', kind: 'analytics' },
  'mouseflow.com': { vendor: 'Mouseflow', kind: 'analytics' },
  'crazyegg.com': { vendor: 'Crazy Egg', kind: 'analytics' },
};

/** Public suffixes of more than one label that registrable domains commonly sit under. */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'com.br',
  'com.cn',
  'com.mx',
  'com.tr',
  'co.in',
  'co.kr',
  'co.za',
  'com.sg',
  'com.hk',
  'com.tw',
  'com.ar',
]);

/**
 * The registrable domain ("site") of a host: the last two labels, or three under a common
 * multi-label suffix (`shop.example.co.uk` -> `example.co.uk`). An IP address or a single label
 * (`localhost`) is its own site.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const take = MULTI_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Host names without the brackets an IPv6 literal carries in a URL. */
export const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

/**
 * The known host a request goes to: the host listed, or one under it (by its registrable domain for
 * most entries); `extra` adds hosts of the auditor's own choosing, each counted as advertising.
 */
export function knownHost(host: string, extra: readonly string[] = []): KnownHost | undefined {
  const h = host.toLowerCase();
  const under = (listed: string) => h === listed || h.endsWith(`.${listed}`);
  if (extra.some((e) => under(e.toLowerCase()))) return { vendor: host, kind: 'advertising' };
  const listed = Object.keys(HOSTS).find(under);
  return listed ? HOSTS[listed] : undefined;
}
