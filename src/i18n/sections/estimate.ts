import type { Section } from '../section.js';

/**
 * <idv-estimate>'s own strings. Words it shares with the calculator (plan, volume, pass rate, photo size,
 * period names, field errors, pack rows) come from the calculator's Translation, so both read alike.
 */
export interface EstimateStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly linesTitle: string;
  readonly linesHint: string;
  /** A line's group label, e.g. "Line 2 · App SDK". */
  readonly lineLegend: (n: number, plan: string) => string;
  readonly period: string;
  readonly retentionDays: string;
  readonly daysSuffix: string;
  readonly addLine: string;
  /** The remove button's accessible name, naming the line. */
  readonly removeLine: (n: number, plan: string) => string;
  readonly remove: string;
  readonly lineAdded: (n: number) => string;
  /** Shown when a page sets more lines than an estimate holds: `max` shown of `total` given. */
  readonly tooManyLines: (max: string, total: string) => string;
  /** Beside the disabled add button once the estimate holds `max` lines. */
  readonly linesFull: (max: string) => string;
  readonly lineRemoved: (n: number, plan: string) => string;
  readonly billableYear: string;
  readonly postpaidMonth: string;
  readonly postpaidYear: string;
  readonly storageMonth: string;
  readonly peakQps: string;
  readonly qpsOf: (peak: string, limit: string | null) => string;
  readonly qpsOver: string;
  readonly lineStale: string;
  readonly familiesTitle: string;
  /** Who shares the family's packs: "App SDK and PC / mobile H5 web". */
  readonly familyPlans: (plans: readonly string[]) => string;
  readonly pooled: (units: string) => string;
  readonly summaryTitle: string;
  readonly withPacks: string;
  readonly postpaid: string;
  readonly aMonth: (amount: string) => string;
  readonly savings: string;
  readonly storageTitle: string;
  readonly storageMonthly: string;
  readonly storageFirstYear: string;
  readonly storageNote: string;
  readonly balance: (amount: string) => string;
  readonly staleTotals: string;
  readonly noQuote: string;
}

export const estimateStrings: Section<EstimateStrings> = {
  en: {
    title: 'Estimate for several plans',
    subtitle: (version) => `Financial-grade ID Verification · packs pooled per family · pricing document ${version}`,
    linesTitle: 'Lines',
    linesHint: 'One line per plan and volume. Volumes accept 12000, 12,000, 12k, 3.5m or 1.2 million. App, H5 and the other ID Verification plans share packs.',
    lineLegend: (n, plan) => `Line ${n} · ${plan}`,
    period: 'Period',
    retentionDays: 'Kept for',
    daysSuffix: 'days',
    addLine: 'Add a line',
    removeLine: (n, plan) => `Remove line ${n} (${plan})`,
    remove: 'Remove',
    lineAdded: (n) => `Line ${n} added.`,
    tooManyLines: (max, total) => `Showing the first ${max} of ${total} lines: an estimate holds at most ${max}. Split the rest into another estimate.`,
    linesFull: (max) => `An estimate holds at most ${max} lines.`,
    lineRemoved: (n, plan) => `Line ${n} (${plan}) removed.`,
    billableYear: 'Billable a year',
    postpaidMonth: 'Pay as you go, a month',
    postpaidYear: 'Pay as you go, a year',
    storageMonth: 'OSS storage, a month',
    peakQps: 'Peak load',
    qpsOf: (peak, limit) => (limit === null ? `about ${peak} QPS` : `about ${peak} QPS of ${limit}`),
    qpsOver: 'Above the default QPS limit: QPS billing by arrangement.',
    lineStale: 'This line’s figures are for its last valid input.',
    familiesTitle: 'Cheapest packs per family, for a year',
    familyPlans: (plans) =>
      plans.length > 1 ? `Shared by ${plans.slice(0, -1).join(', ')} and ${plans.at(-1)}` : `For ${plans[0] ?? ''}`,
    pooled: (units) => `${units} billable units a year, pooled; packs valid one year.`,
    summaryTitle: 'All lines, a year',
    withPacks: 'With the best packs',
    postpaid: 'Pay as you go',
    aMonth: (amount) => `${amount} a month`,
    savings: 'Packs save',
    storageTitle: 'Plus OSS photo storage',
    storageMonthly: 'A month, steady',
    storageFirstYear: 'First year',
    storageNote: 'Billed by OSS to your own bucket, not part of the totals above. An estimate.',
    balance: (amount) => `Keep about ${amount} (a month of pay-as-you-go) as balance, or buy packs and set an alert.`,
    staleTotals: 'Totals are for the last valid input of each line.',
    noQuote: 'Fix the highlighted fields to see prices.',
  },
  'zh-CN': {
    title: '多方案组合估算',
    subtitle: (version) => `金融级实人认证 · 同类流量包合并计算 · 定价文档 ${version}`,
    linesTitle: '估算明细',
    linesHint: '每项为一个产品方案及其用量。用量可输入 12000、12,000、1.2万 或 1.5亿。APP、H5 等实人认证方案共用流量包。',
    lineLegend: (n, plan) => `第 ${n} 项 · ${plan}`,
    period: '统计周期',
    retentionDays: '保存天数',
    daysSuffix: '天',
    addLine: '添加一项',
    removeLine: (n, plan) => `删除第 ${n} 项（${plan}）`,
    remove: '删除',
    lineAdded: (n) => `已添加第 ${n} 项。`,
    tooManyLines: (max, total) => `共 ${total} 项，只显示前 ${max} 项：一份估算最多 ${max} 项，其余请另建估算。`,
    linesFull: (max) => `一份估算最多 ${max} 项。`,
    lineRemoved: (n, plan) => `已删除第 ${n} 项（${plan}）。`,
    billableYear: '每年计费',
    postpaidMonth: '按量付费每月',
    postpaidYear: '按量付费每年',
    storageMonth: 'OSS 存储每月',
    peakQps: '高峰负载',
    qpsOf: (peak, limit) => (limit === null ? `约 ${peak} QPS` : `约 ${peak} QPS（上限 ${limit}）`),
    qpsOver: '超过默认 QPS 上限：可联系商务按 QPS 计费。',
    lineStale: '本项数字仍为上一次有效输入的结果。',
    familiesTitle: '各类流量包一年最省组合',
    familyPlans: (plans) => (plans.length > 1 ? `${plans.join('、')}共用` : `用于${plans[0] ?? ''}`),
    pooled: (units) => `合并后每年计费 ${units} 次；流量包有效期一年。`,
    summaryTitle: '全部项目一年合计',
    withPacks: '购买最省流量包',
    postpaid: '按量付费',
    aMonth: (amount) => `每月 ${amount}`,
    savings: '流量包节省',
    storageTitle: '另计 OSS 照片存储',
    storageMonthly: '稳定后每月',
    storageFirstYear: '第一年',
    storageNote: '由 OSS 向您自己的存储空间收费，不含在以上合计中。以上为估算。',
    balance: (amount) => `建议账户余额保持约 ${amount}（一个月按量付费），或购买流量包并设置余量提醒。`,
    staleTotals: '合计仍为各项上一次有效输入的结果。',
    noQuote: '请修正标出的输入项以查看价格。',
  },
};
