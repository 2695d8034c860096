import '../src/index.js';
import type { IdvEstimate, IdvPricingCalculator } from '../src/index.js';

type Lang = 'zh-CN' | 'en';
type Theme = 'auto' | 'light' | 'dark';

const TEXT: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    barNote: '演示页 · 同一个组件的三种用法',
    themeAuto: '自动',
    themeLight: '浅色',
    themeDark: '深色',
    mEyebrow: '营销页',
    mTitle: '按量付费，还是买流量包？几秒钟算清楚。',
    mLede: '选择方案、输入认证量，立即看到按量费用、全年最省的流量包组合和 OSS 照片存储费用。',
    mNote: '默认的紧凑版：其余内容都收在“详情”里；cta-href 把当前场景带进联系销售的链接。',
    dEyebrow: '文档站（窄栏）',
    dTitle: '人脸比对方案计费说明',
    dBody1: '人脸比对方案按成功调用次数计费，标准价 0.006 元/次；购买人脸验证流量包可低至 4.5 折。',
    dNote: 'readonly：正文里只列出场景和结果，读者点按钮才出现输入框。',
    dBody2: '流量包自购买起一年内有效，到期未用完的次数作废。',
    sEyebrow: '销售演示',
    sTitle: '一键场景',
    sNote: 'toolbar tools="all"：分享工具栏和六个工具都在第一屏。',
    pFintech: '金融 App：每月 30 万次',
    pGov: '政务服务 H5：每天 5 万次',
    pBank: '银行网点（纯服务端）：每年 800 万次',
    pAlipay: '支付宝小程序：每月 2 万次，通过率 85%',
    pLiveness: '活体检测：每天 1.5 万次，首购',
    lastEvent: '最近一次 idv-change：',
    contactTitle: '联系销售',
    contact: 'QPS 计费或按报价采购请联系销售（示例链接目标：营销计算器的按钮会带上场景）。',
    contactQuote: '随附报价场景：',
    pEyebrow: '预算规划',
    pTitle: '多个方案合并估算',
    pLede: 'App 与 H5 共用金融级实人认证流量包：合并用量后再选流量包。',
    cEyebrow: '方案对比',
    cTitle: '并排对比',
    gEyebrow: '图表',
    gTitle: '用量多大时买流量包更划算？',
    lEyebrow: '流量包生命周期',
    lTitle: '提醒、退款与账单',
  },
  en: {
    barNote: 'Demo · one component, three homes',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    mEyebrow: 'Marketing page',
    mTitle: 'Pay as you go, or buy packs? Know in seconds.',
    mLede: 'Pick a plan, type a volume, and see the pay-as-you-go cost, the cheapest pack mix for a year and the OSS photo storage fee at once.',
    mNote: 'The default, compact calculator: everything else waits under “Details”; cta-href carries the scenario into the contact link.',
    dEyebrow: 'Docs site (narrow column)',
    dTitle: 'Face comparison pricing',
    dBody1: 'Face comparison is billed per successful call at ¥0.006; face verification packs bring it down to 45 %.',
    dNote: 'readonly: the article shows the scenario and its figures; the inputs appear when a reader asks for them.',
    dBody2: 'Packs are valid for one year from purchase; units left at expiry are lost.',
    sEyebrow: 'Sales demo',
    sTitle: 'One-click scenarios',
    sNote: 'toolbar tools="all": the share toolbar and all six tools on the first screen.',
    pFintech: 'Fintech app: 300,000 a month',
    pGov: 'Government H5 service: 50,000 a day',
    pBank: 'Bank branches (server-side): 8M a year',
    pAlipay: 'Alipay mini program: 20,000 a month, 85 % pass',
    pLiveness: 'Liveness detection: 15,000 a day, first purchase',
    lastEvent: 'Last idv-change:',
    contactTitle: 'Contact sales',
    contact: 'Ask sales about QPS billing or buying to a quote (sample link target: the marketing calculator’s button brings its scenario here).',
    contactQuote: 'Quote attached:',
    pEyebrow: 'Budget planning',
    pTitle: 'Several plans in one estimate',
    pLede: 'App and H5 share the ID verification packs: their volumes are pooled before packs are chosen.',
    cEyebrow: 'Compare',
    cTitle: 'Side by side',
    gEyebrow: 'Chart',
    gTitle: 'From what volume do packs pay?',
    lEyebrow: 'Pack lifecycle',
    lTitle: 'Alerts, refunds and bills',
  },
};

interface Preset {
  plan: string;
  volume: string;
  period: 'day' | 'month' | 'year';
  passRate?: string;
  firstPurchase?: boolean;
  peakShare?: string;
}

const PRESETS: Record<string, Preset> = {
  fintech: { plan: 'app', volume: '300000', period: 'month', peakShare: '15' },
  gov: { plan: 'h5', volume: '50000', period: 'day', peakShare: '20' },
  bank: { plan: 'server', volume: '8000000', period: 'year' },
  alipay: { plan: 'alipay-mini', volume: '20000', period: 'month', passRate: '85' },
  liveness: { plan: 'liveness-detect', volume: '15000', period: 'day', firstPurchase: true },
};

// Every widget on the page follows the theme switch; the language follows <html lang>.
const widgets = [
  ...document.querySelectorAll<HTMLElement & { theme: string }>(
    'idv-pricing-calculator, idv-estimate, idv-compare, idv-cost-chart, idv-quota-planner, idv-refund-estimator, idv-billing-calendar',
  ),
];

function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = TEXT[lang][el.dataset.i18n!];
    if (text) el.textContent = text;
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  for (const w of widgets) w.theme = theme;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-theme]')) b.setAttribute('aria-pressed', String(b.dataset.theme === theme));
}

function applyPreset(name: string): void {
  const p = PRESETS[name];
  const calc = document.querySelector<IdvPricingCalculator>('#sales-calc');
  if (!p || !calc) return;
  Object.assign(calc, { passRate: '100', firstPurchase: false, peakShare: '', ...p });
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-preset]')) b.setAttribute('aria-pressed', String(b.dataset.preset === name));
}

document.addEventListener('click', (e) => {
  const target = (e.target as HTMLElement).closest<HTMLButtonElement>('button');
  if (!target) return;
  if (target.dataset.lang) setLang(target.dataset.lang as Lang);
  if (target.dataset.theme) setTheme(target.dataset.theme as Theme);
  if (target.dataset.preset) applyPreset(target.dataset.preset);
});

const estimate = document.querySelector<IdvEstimate>('#estimate');
if (estimate) {
  estimate.lines = [
    { plan: 'app', volume: '30000', period: 'month' },
    { plan: 'h5', volume: '10000', period: 'month' },
    { plan: 'face-compare', volume: '2000000', period: 'month' },
  ];
}

document.querySelector<IdvPricingCalculator>('#sales-calc')?.addEventListener('idv-change', (e) => {
  const out = document.querySelector('#event-out');
  if (out) out.textContent = JSON.stringify({ scenario: e.detail.scenario, total: e.detail.total, currency: e.detail.currency });
});

// The hero's call to action links to `#contact?quote=<scenario>`: no element has that id, so the page shows
// the contact section itself, with the scenario the visitor brings.
function showContact(): void {
  const match = /^#contact\?(.*)$/.exec(location.hash);
  if (!match) return;
  const quote = new URLSearchParams(match[1]).get('quote');
  const section = document.querySelector<HTMLElement>('#contact');
  const line = section?.querySelector<HTMLElement>('.quote-line');
  const out = document.querySelector('#contact-quote');
  if (!section || !line || !out) return;
  out.textContent = quote ?? '';
  line.hidden = !quote;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
}
addEventListener('hashchange', showContact);
showContact();

const params = new URLSearchParams(location.search);
setLang(params.get('lang') === 'en' ? 'en' : 'zh-CN');
setTheme((['light', 'dark'] as const).find((t) => t === params.get('theme')) ?? 'auto');
