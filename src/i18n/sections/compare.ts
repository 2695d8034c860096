import type { ComparedInput } from '../../engine/compare.js';
import type { Section } from '../section.js';

/**
 * <idv-compare>'s own strings. Words it shares with the calculator (plan, volume, pass rate, photo size,
 * period names, field errors, pack rows) come from the calculator's Translation, so both read alike.
 */
export interface CompareStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  /** A column's name from its letter: "Scenario A". */
  readonly scenario: (letter: string) => string;
  readonly period: string;
  readonly retentionDays: string;
  readonly daysSuffix: string;
  readonly add: (letter: string) => string;
  readonly remove: string;
  /** The remove button's accessible name, naming the column. */
  readonly removeScenario: (letter: string) => string;
  readonly added: (letter: string) => string;
  readonly removed: (letter: string) => string;
  /**
   * Said once an edit settles: each scenario's yearly total and which is cheapest, e.g. "Scenario A ¥36,000.00
   * a year, Scenario B ¥42,000.00 a year. Cheapest: Scenario A."
   */
  readonly announce: (totals: readonly (readonly [name: string, amount: string])[], cheapest: readonly string[]) => string;
  readonly bestYear: string;
  readonly billableYear: string;
  readonly postpaidYear: string;
  readonly savings: string;
  readonly packs: string;
  readonly storageMonth: string;
  readonly cheapest: string;
  readonly tiedCheapest: string;
  /** In a dearer column: "+¥130,000.00 a year vs A (+41.93%)". */
  readonly versus: (amount: string, letter: string, percent: string | null) => string;
  readonly differencesTitle: string;
  readonly costsMore: (dearer: string, cheaper: string, amount: string, percent: string | null) => string;
  readonly costSame: (names: readonly string[], amount: string) => string;
  readonly inputsDiffer: (inputs: readonly string[]) => string;
  readonly inputsSame: string;
  readonly inputs: Record<ComparedInput, string>;
  readonly basis: string;
  readonly columnStale: string;
  readonly noQuote: string;
}

const listEn = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

export const compareStrings: Section<CompareStrings> = {
  en: {
    title: 'Compare scenarios',
    subtitle: (version) => `Financial-grade ID Verification · side by side · pricing document ${version}`,
    scenario: (letter) => `Scenario ${letter}`,
    period: 'Period',
    retentionDays: 'Kept for',
    daysSuffix: 'days',
    add: (letter) => `Add scenario ${letter}`,
    remove: 'Remove',
    removeScenario: (letter) => `Remove scenario ${letter}`,
    added: (letter) => `Scenario ${letter} added.`,
    removed: (letter) => `Scenario ${letter} removed.`,
    announce: (totals, cheapest) =>
      `${totals.map(([name, amount]) => `${name} ${amount} a year`).join(', ')}. ${cheapest.length > 1 ? `Tied cheapest: ${listEn(cheapest)}` : `Cheapest: ${cheapest[0] ?? ''}`}.`,
    bestYear: 'A year, with the best packs',
    billableYear: 'Billable a year',
    postpaidYear: 'Pay as you go, a year',
    savings: 'Packs save',
    packs: 'Packs to buy',
    storageMonth: 'OSS storage, a month (estimate)',
    cheapest: 'Cheapest',
    tiedCheapest: 'Tied cheapest',
    versus: (amount, letter, percent) => `+${amount} a year vs ${letter}${percent === null ? '' : ` (+${percent})`}`,
    differencesTitle: 'Differences',
    costsMore: (dearer, cheaper, amount, percent) =>
      percent === null
        ? `${dearer} costs ${amount} more a year than ${cheaper}, which costs nothing.`
        : `${dearer} costs ${amount} more a year than ${cheaper} (${percent} more).`,
    costSame: (names, amount) => `${listEn(names)} cost the same a year: ${amount}.`,
    inputsDiffer: (inputs) => `What differs: ${inputs.join(', ')}.`,
    inputsSame: 'The inputs are the same.',
    inputs: {
      lines: 'number of lines',
      plan: 'plan',
      volume: 'volume',
      period: 'period',
      passRate: 'pass rate',
      photoSizeMB: 'photo size',
      retentionDays: 'days kept',
      peakHourShare: 'busiest hour',
      firstPurchase: 'first purchase',
    },
    basis: 'Cheapest by the yearly total with the best packs; OSS storage is billed separately by OSS.',
    columnStale: 'Figures are for this scenario’s last valid input.',
    noQuote: 'Fix the highlighted fields to see prices.',
  },
  'zh-CN': {
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
  },
};
