import type { CompareStrings } from '../../sections/compare.js';

const compare: CompareStrings = {
  title: '方案对比',
  subtitle: (version) => `金融级实人认证 · 并排比较 · 定价文档 ${version}`,
  scenario: (letter) => `场景 ${letter}`,
  period: '统计周期',
  retentionDays: '保存天数',
  daysSuffix: '天',
  add: (letter) => `添加场景 ${letter}`,
  remove: '删除',
  removeScenario: (letter) => `删除场景 ${letter}`,
  added: (letter) => `已添加场景 ${letter}。`,
  removed: (letter) => `已删除场景 ${letter}。`,
  announce: (totals, cheapest) =>
    `${totals.map(([name, amount]) => `${name}每年 ${amount}`).join('；')}。${cheapest.length > 1 ? `并列最便宜：${cheapest.join('、')}` : `最便宜：${cheapest[0] ?? ''}`}。`,
  bestYear: '一年合计（最省流量包）',
  billableYear: '每年计费',
  postpaidYear: '按量付费一年',
  savings: '流量包节省',
  packs: '购买流量包',
  storageMonth: 'OSS 存储每月（估算）',
  cheapest: '最便宜',
  tiedCheapest: '并列最便宜',
  versus: (amount, letter, percent) => `每年比 ${letter} 多 ${amount}${percent === null ? '' : `（+${percent}）`}`,
  differencesTitle: '差异',
  costsMore: (dearer, cheaper, amount, percent) =>
    percent === null
      ? `${dearer} 每年比${cheaper} 多花 ${amount}（${cheaper} 不产生费用）。`
      : `${dearer} 每年比${cheaper} 多花 ${amount}（多 ${percent}）。`,
  costSame: (names, amount) => `${names.join(' 与')} 每年费用相同：${amount}。`,
  inputsDiffer: (inputs) => `不同之处：${inputs.join('、')}。`,
  inputsSame: '各场景输入相同。',
  inputs: {
    lines: '项目数',
    plan: '产品方案',
    volume: '认证量',
    period: '统计周期',
    passRate: '认证通过率',
    photoSizeMB: '照片大小',
    retentionDays: '保存天数',
    peakHourShare: '高峰小时占比',
    firstPurchase: '首次购买',
  },
  basis: '按购买最省流量包后的一年合计比较；OSS 存储费由 OSS 另行收取。',
  columnStale: '本场景数字仍为上一次有效输入的结果。',
  noQuote: '请修正标出的输入项以查看价格。',
};

export default compare;
