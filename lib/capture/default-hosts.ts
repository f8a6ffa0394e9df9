/** The consoles' hosts from metrics.md; the content script is declared on these, users add more in options. */
export const DEFAULT_HOST_MATCHES = [
  'https://myseller.taobao.com/*',
  'https://qn.taobao.com/*',
  'https://sycm.taobao.com/*',
  'https://*.topchitu.com/*',
  'https://*.tmall.com/*',
  'https://mms.pinduoduo.com/*',
  'https://kf.jd.com/*',
  'https://xi.jd.com/*',
  'https://im.jinritemai.com/*',
  'https://fxg.jinritemai.com/*',
] as const;
