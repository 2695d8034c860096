import type { Period } from '../../engine/index.js';
import type { Section } from '../section.js';

export interface ExportStrings {
  readonly heading: (version: string) => string;
  readonly line: (plan: string, volume: string, period: Period) => string;
  readonly billable: (units: string) => string;
  readonly postpaid: string;
  readonly periods: Record<Period, string>;
  readonly bestMix: (family: string) => string;
  readonly pack: (count: string, size: string) => string;
  readonly trial: string;
  readonly overage: (units: string) => string;
  /**
   * The equal-cost alternative to the best mix, one line whose amount is how much less it pays up front:
   * `mix` is its packs and pay-as-you-go part joined by " + " (from `pack`, `trial`, `payg`).
   */
  readonly alternative: (mix: string) => string;
  /** Units paid as they go, inside the alternative's line. */
  readonly payg: (units: string) => string;
  readonly total: string;
  readonly savings: string;
  readonly storage: string;
  readonly storageMonthly: string;
  readonly storageFirstYear: string;
  readonly grandTotal: string;
  readonly withPacks: string;
  readonly note: string;
  readonly csvHeader: readonly [string, string, string, string];
  readonly link: string;
}

export const exportStrings: Section<ExportStrings> = {
  en: {
    heading: (version) => `Financial-grade ID Verification quote (pricing document ${version})`,
    line: (plan, volume, period) => `${plan}: ${volume} verifications ${{ day: 'a day', month: 'a month', year: 'a year' }[period]}`,
    billable: (units) => `${units} billable a year`,
    postpaid: 'Pay as you go',
    periods: { day: 'a day', month: 'a month', year: 'a year' },
    bestMix: (family) => `Best pack mix for a year: ${family}`,
    pack: (count, size) => `${count} × ${size}-unit pack`,
    trial: 'free trial pack',
    overage: (units) => `${units} units at the pay-as-you-go price`,
    alternative: (mix) => `Less paid up front with ${mix} instead (same total, no headroom)`,
    payg: (units) => `${units} units pay-as-you-go`,
    total: 'Total',
    savings: 'Savings',
    storage: 'OSS photo storage (billed by OSS, estimate)',
    storageMonthly: 'a month',
    storageFirstYear: 'first year',
    grandTotal: 'A year, all plans',
    withPacks: 'with packs',
    note: 'Amounts to pay are truncated to the fen; storage is an estimate rounded to the fen.',
    csvHeader: ['section', 'item', 'units', 'amount (CNY)'],
    link: 'Scenario',
  },
  'zh-CN': {
    heading: (version) => `金融级实人认证报价（定价文档 ${version}）`,
    line: (plan, volume, period) => `${plan}：${{ day: '每天', month: '每月', year: '每年' }[period]} ${volume} 次认证`,
    billable: (units) => `每年计费 ${units} 次`,
    postpaid: '按量付费',
    periods: { day: '每天', month: '每月', year: '每年' },
    bestMix: (family) => `一年最省的流量包组合：${family}`,
    pack: (count, size) => `${count} 个 ${size} 次流量包`,
    trial: '免费测试流量包',
    overage: (units) => `${units} 次按后付费单价`,
    alternative: (mix) => `改买 ${mix}（合计相同，无余量）可少预付`,
    payg: (units) => `${units} 次按量付费`,
    total: '合计',
    savings: '节省',
    storage: 'OSS 照片存储（由 OSS 收费，估算）',
    storageMonthly: '每月',
    storageFirstYear: '第一年',
    grandTotal: '全部方案一年',
    withPacks: '购买流量包',
    note: '应付金额抹零到分；存储费用为估算，四舍五入到分。',
    csvHeader: ['部分', '项目', '次数', '金额（元）'],
    link: '场景',
  },
};
