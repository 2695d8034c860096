import type { Section } from '../section.js';

/** Why a field of <idv-quota-planner> is not usable: parse codes, engine codes, and its own. */
export type QuotaFieldCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'not-integer'
  | 'grouping'
  | 'too-large'
  | 'too-precise'
  | 'too-long'
  | 'out-of-range'
  | 'invalid-date'
  | 'date-range'
  | 'span'
  | 'bad-start'
  | 'unknown';

/** <idv-quota-planner>'s own strings. Dates and numbers arrive formatted. */
export interface QuotaPlannerStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly family: string;
  readonly packsLegend: string;
  readonly pack: (n: number) => string;
  readonly size: string;
  /** A size option: "100,000 units · ¥90,000.00 · 9折". */
  readonly sizeOption: (units: string, price: string, tag: string) => string;
  readonly trial: string;
  readonly noDiscount: string;
  readonly boughtOn: string;
  readonly addPack: string;
  readonly removePack: (n: number) => string;
  readonly remove: string;
  readonly added: (n: number) => string;
  /** Shown when a page sets more packs than the planner holds: `max` shown of `total` given. */
  readonly tooManyPacks: (max: string, total: string) => string;
  readonly removed: (n: number) => string;
  readonly dailyUsage: string;
  readonly dailyUsageHint: string;
  readonly threshold: string;
  readonly thresholdHint: string;
  readonly errors: Record<QuotaFieldCode, string>;
  readonly resultsTitle: string;
  readonly alertTitle: string;
  readonly alertOn: (date: string, day: string, remaining: string, total: string) => string;
  readonly alertAtStart: (date: string) => string;
  readonly alertNever: (percent: string) => string;
  readonly alertNote: string;
  readonly endTitle: string;
  readonly runsOut: (date: string, day: string) => string;
  readonly runsOutNote: string;
  readonly expires: (dateTime: string, day: string) => string;
  readonly expiresNote: (lost: string) => string;
  readonly bought: string;
  readonly used: string;
  readonly lost: string;
  readonly uncovered: string;
  readonly uncoveredHint: string;
  readonly units: (n: string) => string;
  readonly timelineTitle: string;
  readonly timelineSummary: (from: string, to: string, alert: string | null, end: string) => string;
  readonly legend: { readonly left: string; readonly threshold: string; readonly alert: string; readonly end: string; readonly expiry: string };
  readonly events: {
    readonly buy: (pack: number, units: string) => string;
    readonly alert: (remaining: string, total: string, day: string) => string;
    readonly alertAtStart: (remaining: string, total: string) => string;
    readonly runOut: (day: string) => string;
    readonly expire: (pack: number, lost: string) => string;
  };
  readonly eventsTitle: string;
  readonly table: {
    readonly caption: string;
    readonly pack: string;
    readonly bought: string;
    readonly expires: string;
    readonly used: string;
    readonly lost: string;
  };
  readonly beijing: string;
  readonly keptLast: string;
  readonly noPlan: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
  readonly announce: (alert: string, end: string) => string;
}

export const quotaPlannerStrings: Section<QuotaPlannerStrings> = {
  en: {
    title: 'Quota alert planner',
    subtitle: (version) => `When your packs alert, run out or expire · pricing document ${version}`,
    family: 'Pack type',
    packsLegend: 'Packs bought',
    pack: (n) => `Pack ${n}`,
    size: 'Size',
    sizeOption: (units, price, tag) => `${units} units · ${price} · ${tag}`,
    trial: 'free trial',
    noDiscount: 'no discount',
    boughtOn: 'Bought on',
    addPack: 'Add a pack',
    removePack: (n) => `Remove pack ${n}`,
    remove: 'Remove',
    added: (n) => `Pack ${n} added.`,
    tooManyPacks: (max, total) => `Showing the first ${max} of ${total} packs: the planner holds at most ${max}.`,
    removed: (n) => `Pack ${n} removed.`,
    dailyUsage: 'Used per day',
    dailyUsageHint: 'Billable units a day, e.g. 500, 12,000 or 12k.',
    threshold: 'Alert at',
    thresholdHint: 'The alert is sent when the packs’ remaining units fall to this share of their total.',
    errors: {
      empty: 'Enter a number.',
      'not-a-number': 'We can’t read that number. Try 500, 12,000 or 12k.',
      negative: 'Can’t be negative.',
      'not-whole': 'Use a whole number of units.',
      'not-integer': 'Use a whole number of units.',
      grouping: 'Check the thousands separators, e.g. 12,000.',
      'too-large': 'That is too large to plan: at most 10^18.',
      'too-long': 'That is too long: at most 64 characters.',
      'too-precise': 'Too many decimal places.',
      'out-of-range': 'Enter a percentage from 0 to 100.',
      'invalid-date': 'Enter the date the pack was bought.',
      'date-range': 'Enter a date from 1970 to 9998.',
      span: 'Packs bought more than 10 years apart can’t be planned together.',
      'bad-start': 'The page set a start of usage that can’t be used: it must be a date before the last pack expires.',
      unknown: 'Check this value.',
    },
    resultsTitle: 'Your plan',
    alertTitle: 'Quota alert',
    alertOn: (date, day, remaining, total) => `${date} (day ${day}), when ${remaining} of ${total} units are left.`,
    alertAtStart: (date) => `${date}, as soon as the packs are bought: they start at or below the threshold.`,
    alertNever: (percent) => `Not sent: the packs expire before their remaining units fall to ${percent}.`,
    alertNote: 'Each day’s usage is deducted when it is billed, the next morning, so the alert arrives then.',
    endTitle: 'Packs end',
    runsOut: (date, day) => `${date} (day ${day}): the packs run out.`,
    runsOutNote: 'From then on, usage is billed pay-as-you-go until you buy more.',
    expires: (dateTime, day) => `${dateTime} (after ${day} days): the packs expire first.`,
    expiresNote: (lost) => `${lost} units are still unused then, and are lost (packs are valid one year).`,
    bought: 'Units bought',
    used: 'Used from packs',
    lost: 'Lost at expiry',
    uncovered: 'Beyond the packs',
    uncoveredHint: 'Billed pay-as-you-go, until the last pack expires.',
    units: (n) => `${n} units`,
    timelineTitle: 'Timeline',
    timelineSummary: (from, to, alert, end) =>
      `Units left in the packs from ${from} to ${to}.${alert ? ` Alert on ${alert}.` : ''} ${end}`,
    legend: { left: 'Units left', threshold: 'Alert threshold', alert: 'Alert', end: 'Packs end', expiry: 'A pack expires' },
    events: {
      buy: (pack, units) => `Pack ${pack} bought: ${units} units.`,
      alert: (remaining, total, day) => `Alert: ${remaining} of ${total} units left (day ${day}).`,
      alertAtStart: (remaining, total) => `Alert: ${remaining} of ${total} units left, already at the threshold.`,
      runOut: (day) => `The packs run out (day ${day}).`,
      expire: (pack, lost) => `Pack ${pack} expires at 00:00; ${lost} units lost.`,
    },
    eventsTitle: 'What happens when',
    table: { caption: 'Each pack', pack: 'Pack', bought: 'Bought', expires: 'Expires', used: 'Used', lost: 'Lost' },
    beijing: 'Dates and times are Beijing time (UTC+8). Expiring packs are used first.',
    keptLast: 'The plan below is for the last valid input.',
    noPlan: 'Enter the packs and a daily usage to see the plan.',
    rulesErrorTitle: 'These pricing rules can’t be used',
    rulesErrorBody: 'The page gave rules data that fails validation, so no plan is shown.',
    announce: (alert, end) => `${alert} ${end}`,
  },
  'zh-CN': {
    title: '剩余流量提醒规划',
    subtitle: (version) => `流量包何时提醒、用完或到期 · 价格文档 ${version}`,
    family: '流量包类型',
    packsLegend: '已购流量包',
    pack: (n) => `流量包 ${n}`,
    size: '规格',
    sizeOption: (units, price, tag) => `${units}次 · ${price} · ${tag}`,
    trial: '免费试用',
    noDiscount: '无折扣',
    boughtOn: '购买日期',
    addPack: '添加流量包',
    removePack: (n) => `删除流量包 ${n}`,
    remove: '删除',
    added: (n) => `已添加流量包 ${n}。`,
    tooManyPacks: (max, total) => `共 ${total} 个流量包，只显示前 ${max} 个：规划最多 ${max} 个。`,
    removed: (n) => `已删除流量包 ${n}。`,
    dailyUsage: '每日用量',
    dailyUsageHint: '每天的计费次数，例如 500、12,000 或 1.2万。',
    threshold: '提醒阈值',
    thresholdHint: '流量包剩余量降到总量的这一比例时发送提醒。',
    errors: {
      empty: '请输入数字。',
      'not-a-number': '无法识别该数字，可输入 500、12,000 或 1.2万。',
      negative: '不能为负数。',
      'not-whole': '请输入整数次数。',
      'not-integer': '请输入整数次数。',
      grouping: '请检查千位分隔符，例如 12,000。',
      'too-large': '数值过大，无法规划：最多 10^18。',
      'too-long': '内容过长：最多 64 个字符。',
      'too-precise': '小数位数过多。',
      'out-of-range': '请输入 0 到 100 之间的百分比。',
      'invalid-date': '请输入流量包的购买日期。',
      'date-range': '请输入 1970 年至 9998 年之间的日期。',
      span: '购买时间相隔超过 10 年的流量包无法一起规划。',
      'bad-start': '页面设置的用量开始日期无效：须为最后一个流量包到期之前的日期。',
      unknown: '请检查此项。',
    },
    resultsTitle: '规划结果',
    alertTitle: '剩余流量提醒',
    alertOn: (date, day, remaining, total) => `${date}（第 ${day} 天），总量 ${total}次中剩余 ${remaining}次时。`,
    alertAtStart: (date) => `${date}，购买后立即提醒：剩余量一开始就不高于阈值。`,
    alertNever: (percent) => `不会发送：剩余量降到 ${percent} 之前，流量包已到期。`,
    alertNote: '每天的用量在次日出账时抵扣，提醒也在那时发出。',
    endTitle: '流量包用尽',
    runsOut: (date, day) => `${date}（第 ${day} 天）：流量包用完。`,
    runsOutNote: '此后的用量按量后付费计费，直到再次购买流量包。',
    expires: (dateTime, day) => `${dateTime}（${day} 天后）：流量包先到期。`,
    expiresNote: (lost) => `届时仍有 ${lost}次未使用，将作废（流量包有效期一年）。`,
    bought: '购买总量',
    used: '流量包抵扣',
    lost: '到期作废',
    uncovered: '超出流量包',
    uncoveredHint: '按量后付费计费，统计到最后一个流量包到期。',
    units: (n) => `${n}次`,
    timelineTitle: '时间线',
    timelineSummary: (from, to, alert, end) => `${from} 至 ${to} 流量包的剩余量。${alert ? `${alert} 发送提醒。` : ''}${end}`,
    legend: { left: '剩余量', threshold: '提醒阈值', alert: '提醒', end: '用尽', expiry: '流量包到期' },
    events: {
      buy: (pack, units) => `购买流量包 ${pack}：${units}次。`,
      alert: (remaining, total, day) => `提醒：总量 ${total}次中剩余 ${remaining}次（第 ${day} 天）。`,
      alertAtStart: (remaining, total) => `提醒：总量 ${total}次中剩余 ${remaining}次，一开始即达到阈值。`,
      runOut: (day) => `流量包用完（第 ${day} 天）。`,
      expire: (pack, lost) => `流量包 ${pack} 于 00:00 到期，作废 ${lost}次。`,
    },
    eventsTitle: '事件顺序',
    table: { caption: '各流量包', pack: '流量包', bought: '购买', expires: '到期', used: '已用', lost: '作废' },
    beijing: '日期和时间均为北京时间（UTC+8）。先到期的流量包先抵扣。',
    keptLast: '以下规划基于上一次的有效输入。',
    noPlan: '请输入流量包和每日用量以查看规划。',
    rulesErrorTitle: '无法使用这些计费规则',
    rulesErrorBody: '页面提供的规则数据未通过校验，因此不显示规划。',
    announce: (alert, end) => `${alert}${end}`,
  },
};
