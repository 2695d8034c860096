import type { Section } from '../section.js';

/** Why a field of <idv-billing-calendar> is not usable: parse codes and its own. */
export type BillingFieldCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'grouping'
  | 'too-large'
  | 'too-precise'
  | 'too-long'
  | 'year-range'
  | 'bad-month'
  | 'unknown';

/**
 * <idv-billing-calendar>'s own strings. Amounts and dates arrive formatted; a count arrives with its unit
 * (`dayCount`, `billCount`, `hourCount`), so the element can keep each figure and its unit on one line.
 */
export interface BillingCalendarStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly month: string;
  readonly year: string;
  readonly previous: string;
  readonly next: string;
  readonly monthChanged: (month: string) => string;
  readonly dailyBill: string;
  readonly dailyBillHint: string;
  readonly balance: string;
  readonly balanceHint: string;
  readonly optional: string;
  readonly errors: Record<BillingFieldCode, string>;
  readonly windowTitle: (month: string) => string;
  /** A count with its unit, kept together on screen: `31 days` / `31 天`. */
  readonly dayCount: (count: string) => string;
  /** `31 bills` / `31 笔` (the zh measure word; the noun follows in the sentence). */
  readonly billCount: (count: string) => string;
  /** `24 hours` / `24 小时`. */
  readonly hourCount: (count: string) => string;
  /** `days` is a {@link dayCount}. */
  readonly window: (from: string, to: string, days: string) => string;
  readonly lastDayOut: (date: string) => string;
  readonly calendarCaption: (month: string) => string;
  readonly cell: {
    readonly inWindow: string;
    readonly fromPrevious: string;
    readonly nextStatement: string;
    readonly outside: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly legend: {
    readonly inWindow: string;
    readonly nextStatement: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly billTimes: (from: string, to: string) => string;
  /** `count` is a {@link billCount}. */
  readonly billsTitle: (count: string) => string;
  readonly bills: {
    readonly caption: string;
    readonly usage: string;
    readonly billed: string;
    readonly balance: string;
    readonly paid: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly timeRange: (date: string, from: string, to: string) => string;
  readonly outcomeTitle: string;
  readonly noAmounts: string;
  /** `count` is a {@link billCount}. */
  readonly allPaid: (count: string, left: string, last: string) => string;
  readonly arrearsFrom: (when: string) => string;
  /** `paid` is a {@link billCount}. */
  readonly arrearsDetail: (paid: string, date: string, due: string, left: string, short: string) => string;
  /** `hours` is an {@link hourCount}. */
  readonly suspendedFrom: (when: string, hours: string) => string;
  readonly statementTotal: (amount: string) => string;
  readonly advice: string;
  readonly packsFirst: string;
  readonly beijing: string;
  readonly keptLast: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
}

export const billingCalendarStrings: Section<BillingCalendarStrings> = {
  en: {
    title: 'Billing calendar',
    subtitle: (version) => `Statement window, daily bills and arrears · pricing document ${version}`,
    month: 'Month',
    year: 'Year',
    previous: 'Previous month',
    next: 'Next month',
    monthChanged: (month) => `${month} shown.`,
    dailyBill: 'Daily bill',
    dailyBillHint: 'What each day costs after packs are deducted.',
    balance: 'Account balance',
    balanceHint: 'At the start of the statement.',
    optional: 'optional',
    errors: {
      empty: 'Enter a number.',
      'not-a-number': 'We can’t read that amount. Try 1000 or 1,000.50.',
      negative: 'Can’t be negative.',
      'not-whole': 'Enter a year such as 2024.',
      grouping: 'Check the thousands separators, e.g. 1,000.',
      'too-large': 'That amount is too large: at most 10^18.',
      'too-long': 'That is too long: at most 64 characters.',
      'too-precise': 'Use at most 6 decimal places.',
      'year-range': 'Enter a year from 1970 to 9999.',
      'bad-month': 'The page asked for a month that does not exist; choose a month and a year.',
      unknown: 'Check this value.',
    },
    windowTitle: (month) => `${month} statement`,
    dayCount: (count) => `${count} ${count === '1' ? 'day' : 'days'}`,
    billCount: (count) => `${count} ${count === '1' ? 'bill' : 'bills'}`,
    hourCount: (count) => `${count} ${count === '1' ? 'hour' : 'hours'}`,
    window: (from, to, days) => `Covers ${days}: ${from} to ${to}.`,
    lastDayOut: (date) => `${date}, the month’s last day, goes into next month’s statement.`,
    calendarCaption: (month) => `Days in the ${month} statement`,
    cell: {
      inWindow: 'in this statement',
      fromPrevious: 'in this statement, from the previous month',
      nextStatement: 'in next month’s statement',
      outside: 'not in this statement',
      unpaid: 'bill unpaid',
      suspended: 'service suspended',
    },
    legend: { inWindow: 'In this statement', nextStatement: 'Next statement', unpaid: 'Bill unpaid', suspended: 'Suspended' },
    billTimes: (from, to) => `Each day’s usage is billed the next day between ${from} and ${to}, Beijing time.`,
    billsTitle: (count) => `All ${count} of this statement`,
    bills: {
      caption: 'Daily bills',
      usage: 'Usage on',
      billed: 'Billed',
      balance: 'Balance after',
      paid: 'paid',
      unpaid: 'unpaid',
      suspended: 'suspended',
    },
    timeRange: (date, from, to) => `${date}, ${from}–${to}`,
    outcomeTitle: 'Balance and arrears',
    noAmounts: 'Enter a daily bill and a balance to see when the account would fall into arrears.',
    allPaid: (count, left, last) => `The balance pays all ${count} of this statement, with ${left} left after the last (${last}).`,
    arrearsFrom: (when) => `In arrears from ${when}`,
    arrearsDetail: (paid, date, due, left, short) =>
      `The balance pays ${paid}; the bill for ${date} (${due}) finds only ${left}, ${short} short.`,
    suspendedFrom: (when, hours) => `Unpaid for ${hours}, the service is suspended from ${when}.`,
    statementTotal: (amount) => `This statement’s bills come to ${amount}.`,
    advice: 'Keep about a month’s spend as balance, or buy packs and set a remaining-quota alert (pricing document: Arrears).',
    packsFirst: 'Packs are deducted first, then the balance.',
    beijing: 'All dates and times are Beijing time (UTC+8).',
    keptLast: 'The calendar below is for the last valid input.',
    rulesErrorTitle: 'These pricing rules can’t be used',
    rulesErrorBody: 'The page gave rules data that fails validation, so no calendar is shown.',
  },
  'zh-CN': {
    title: '账单日历',
    subtitle: (version) => `账期、每日出账与欠费 · 价格文档 ${version}`,
    month: '月份',
    year: '年份',
    previous: '上个月',
    next: '下个月',
    monthChanged: (month) => `已显示${month}。`,
    dailyBill: '每日账单',
    dailyBillHint: '扣除流量包后每天的费用。',
    balance: '账户余额',
    balanceHint: '账期开始时的余额。',
    optional: '选填',
    errors: {
      empty: '请输入数字。',
      'not-a-number': '无法识别该金额，可输入 1000 或 1,000.50。',
      negative: '不能为负数。',
      'not-whole': '请输入年份，例如 2024。',
      grouping: '请检查千位分隔符，例如 1,000。',
      'too-large': '金额过大：最多 10^18。',
      'too-long': '内容过长：最多 64 个字符。',
      'too-precise': '最多保留 6 位小数。',
      'year-range': '请输入 1970 至 9999 之间的年份。',
      'bad-month': '页面指定的月份无效，请选择月份和年份。',
      unknown: '请检查此项。',
    },
    windowTitle: (month) => `${month}账单`,
    dayCount: (count) => `${count} 天`,
    billCount: (count) => `${count} 笔`,
    hourCount: (count) => `${count} 小时`,
    window: (from, to, days) => `共 ${days}：${from} 至 ${to}。`,
    lastDayOut: (date) => `本月最后一天 ${date} 计入下月账单。`,
    calendarCaption: (month) => `${month}账单包含的日期`,
    cell: {
      inWindow: '计入本期账单',
      fromPrevious: '计入本期账单（上月最后一天）',
      nextStatement: '计入下期账单',
      outside: '不在本期账单',
      unpaid: '账单未支付',
      suspended: '服务已停止',
    },
    legend: { inWindow: '本期账单', nextStatement: '下期账单', unpaid: '未支付', suspended: '停服' },
    billTimes: (from, to) => `每天的用量在次日北京时间 ${from} 至 ${to} 之间出账。`,
    billsTitle: (count) => `本期全部 ${count}账单`,
    bills: {
      caption: '每日账单',
      usage: '用量日期',
      billed: '出账时间',
      balance: '出账后余额',
      paid: '已支付',
      unpaid: '未支付',
      suspended: '停服',
    },
    timeRange: (date, from, to) => `${date} ${from}–${to}`,
    outcomeTitle: '余额与欠费',
    noAmounts: '输入每日账单和账户余额，查看账户何时会欠费。',
    allPaid: (count, left, last) => `余额可支付本期全部 ${count}账单，最后一笔（${last}）后剩余 ${left}。`,
    arrearsFrom: (when) => `${when} 起欠费`,
    arrearsDetail: (paid, date, due, left, short) => `余额可支付 ${paid}账单；${date} 的账单（${due}）出账时余额仅 ${left}，差 ${short}。`,
    suspendedFrom: (when, hours) => `欠费 ${hours}仍未结清，服务将于 ${when} 停止。`,
    statementTotal: (amount) => `本期账单合计 ${amount}。`,
    advice: '建议账户余额保持约一个月的消费，或购买流量包并设置剩余流量提醒（定价文档“欠费”）。',
    packsFirst: '先抵扣流量包，再扣账户余额。',
    beijing: '所有日期和时间均为北京时间（UTC+8）。',
    keptLast: '以下日历基于上一次的有效输入。',
    rulesErrorTitle: '无法使用这些计费规则',
    rulesErrorBody: '页面提供的规则数据未通过校验，因此不显示日历。',
  },
};
