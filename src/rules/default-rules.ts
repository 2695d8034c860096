/**
 * The bundled rules: data, not code. Every number is from the pricing document version 20210112, as
 * docs/pricing-rules.md reads it, unless `sources` says otherwise. Kept as a TypeScript module holding a JSON-compatible literal so both Vite and the test
 * runner import it without a JSON loader; `JSON.parse(JSON.stringify(DEFAULT_RULES_DATA))` is the same data.
 */
export const DEFAULT_RULES_DATA = {
  version: '20210112',
  currency: 'CNY',
  plans: {
    app: {
      name: { zh: 'APP 认证方案', en: 'App SDK' },
      family: 'idv',
      unitPrice: '1',
      metering: 'calls',
      storesPhotos: true,
      qpsLimit: 50,
    },
    h5: {
      name: { zh: 'PC或移动端H5网页认证方案', en: 'PC / mobile H5 web' },
      family: 'idv',
      unitPrice: '1',
      metering: 'calls',
      storesPhotos: true,
      qpsLimit: 50,
    },
    server: {
      name: { zh: '纯服务端接入方案', en: 'Server-side only' },
      family: 'idv',
      unitPrice: '1',
      metering: 'calls',
      storesPhotos: false,
      qpsLimit: null,
    },
    'alipay-mini': {
      name: { zh: '支付宝小程序接入方案', en: 'Alipay mini program' },
      family: 'idv',
      unitPrice: '1',
      metering: 'passed',
      storesPhotos: false,
      qpsLimit: 50,
    },
    'alipay-h5': {
      name: { zh: '支付宝H5页面接入方案', en: 'Alipay H5 page' },
      family: 'idv',
      unitPrice: '1',
      metering: 'passed',
      storesPhotos: false,
      qpsLimit: 50,
    },
    'liveness-verify': {
      name: { zh: '活体人脸验证方案', en: 'Liveness + face verification' },
      family: 'liveness',
      unitPrice: '0.182',
      metering: 'calls',
      storesPhotos: true,
      qpsLimit: 50,
    },
    'liveness-detect': {
      name: { zh: '活体检测方案', en: 'Liveness detection' },
      family: 'liveness',
      unitPrice: '0.182',
      metering: 'calls',
      storesPhotos: true,
      qpsLimit: 50,
    },
    'face-compare': {
      name: { zh: '人脸比对方案', en: 'Face comparison' },
      family: 'face-compare',
      unitPrice: '0.006',
      metering: 'calls',
      storesPhotos: false,
      qpsLimit: 10,
    },
  },
  families: {
    idv: {
      name: { zh: '金融级实人认证流量包', en: 'ID verification packs' },
      unitPrice: '1',
      packs: [
        { units: 100, price: '0', ratio: '0', trial: true },
        { units: 50000, price: '50000', ratio: '1' },
        { units: 100000, price: '90000', ratio: '0.9' },
        { units: 200000, price: '160000', ratio: '0.8' },
        { units: 500000, price: '350000', ratio: '0.7' },
        { units: 1500000, price: '1050000', ratio: '0.7' },
      ],
    },
    liveness: {
      name: { zh: '活体人脸验证流量包', en: 'Liveness verification packs' },
      unitPrice: '0.182',
      packs: [
        { units: 100, price: '0', ratio: '0', trial: true },
        { units: 50000, price: '9100', ratio: '1' },
        { units: 100000, price: '16380', ratio: '0.9' },
        { units: 200000, price: '29120', ratio: '0.8' },
        { units: 500000, price: '63700', ratio: '0.7' },
        { units: 1500000, price: '191100', ratio: '0.7' },
      ],
    },
    'face-compare': {
      name: { zh: '人脸验证流量包', en: 'Face comparison packs' },
      unitPrice: '0.006',
      packs: [
        { units: 1000000, price: '3600', ratio: '0.6' },
        { units: 3000000, price: '8100', ratio: '0.45' },
      ],
    },
  },
  packs: {
    lifetimeDays: 365,
    daysPerYear: 365,
    monthsPerYear: 12,
    daysPerMonth: 30,
  },
  oss: {
    pricePerGBMonth: '0.12',
    mbPerGB: 1024,
    daysPerMonth: 30,
    hoursPerDay: 24,
    defaultPhotoSizeMB: '0.1',
    defaultRetentionDays: 30,
  },
  rounding: {
    scale: 2,
    payable: 'down',
    ossEstimate: 'half-up',
  },
  settlement: {
    dailyBillingSince: '2019-12-25T00:00:00+08:00',
    utcOffsetHours: 8,
    billAfterHours: [10, 12],
    arrearsGraceHours: 24,
  },
  refund: {
    fullRefundDays: 5,
    supportDays: 180,
  },
  sources: {
    'plans.*.qpsLimit': "Not in the pricing document: Alibaba Cloud's default per-account QPS limits (docs/pricing-rules.md §R3).",
    'packs.lifetimeDays': "Decision: a pack is valid one year, read off the document's resource-package table (docs/pricing-rules.md §R6).",
    'packs.daysPerMonth': 'Decision: a month of volume is 30 days, a year 365 days or 12 months (issue 2).',
    'oss.mbPerGB': 'Decision: 1 GB = 1024 MB; the document does not say (docs/pricing-rules.md §R10).',
    'oss.daysPerMonth': 'OSS bills storage hourly at the monthly rate ÷ 30 ÷ 24 (docs/pricing-rules.md §R10).',
    'oss.defaultRetentionDays': "The document's worked example keeps photos a month, read as 30 days (docs/pricing-rules.md §R10).",
    'rounding.payable': 'Bill amounts are truncated to the fen; the document does not say (docs/pricing-rules.md §R8).',
    'rounding.ossEstimate': "The document's worked example rounds 3.515625 half-up to ¥3.52 (docs/pricing-rules.md §R10).",
  },
} as const;
