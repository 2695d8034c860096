import type { Section } from '../section.js';

/** Why a field of <idv-refund-estimator> is not usable: parse codes, engine codes, and its own. */
export type RefundFieldCode =
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
  | 'before-purchase'
  | 'more-than-pack'
  | 'unknown';

/** <idv-refund-estimator>'s own strings. Amounts, counts and dates arrive formatted. */
export interface RefundEstimatorStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly pack: string;
  /** A pack option: "100,000 units · ¥90,000.00". */
  readonly packOption: (units: string, price: string) => string;
  readonly paid: string;
  readonly paidHint: (listPrice: string) => string;
  readonly used: string;
  readonly usedHint: (size: string) => string;
  readonly when: string;
  readonly modes: { readonly dates: string; readonly days: string };
  readonly purchasedOn: string;
  readonly purchasedHint: string;
  readonly today: string;
  readonly todayHint: string;
  readonly days: string;
  readonly daysHint: string;
  readonly errors: Record<RefundFieldCode, string>;
  readonly resultTitle: string;
  readonly refund: string;
  readonly kinds: {
    readonly full: string;
    readonly partial: (paid: string, used: string, price: string, amount: string) => string;
    readonly support: string;
    readonly none: string;
  };
  readonly elapsed: (days: string) => string;
  readonly windowsTitle: string;
  readonly windows: {
    readonly refund: (days: string) => string;
    readonly support: (from: string, to: string) => string;
    readonly none: (days: string) => string;
  };
  /** The end of a window on dates: the date, at the time of day the order was placed. */
  readonly until: (date: string) => string;
  readonly after: (date: string) => string;
  readonly applies: string;
  readonly lastDay: (limit: string) => string;
  readonly contactSupport: string;
  readonly beijing: string;
  readonly keptLast: string;
  readonly noRefund: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
  readonly announce: (amount: string, rule: string) => string;
}

export const refundEstimatorStrings: Section<RefundEstimatorStrings> = {
  en: {
    title: 'Pack refund estimator',
    subtitle: (version) => `What a prepaid pack refunds, and which rule applies · pricing document ${version}`,
    pack: 'Pack bought',
    packOption: (units, price) => `${units} units · ${price}`,
    paid: 'Cash paid',
    paidHint: (listPrice) =>
      `Cash only: red packets, discounts and vouchers are not refunded. List price ${listPrice}.`,
    used: 'Units used',
    usedHint: (size) => `Verifications already deducted from this ${size}-unit pack.`,
    when: 'Time since purchase',
    modes: { dates: 'Dates', days: 'Days' },
    purchasedOn: 'Purchase date',
    purchasedHint: 'As on the order.',
    today: 'Refund asked on',
    todayHint: 'Today, unless you plan ahead.',
    days: 'Days since purchase',
    daysHint: 'Fractions count: 5.5 is five and a half days.',
    errors: {
      empty: 'Enter a number.',
      'not-a-number': 'We can’t read that number. Try 90000 or 90,000.',
      negative: 'Can’t be negative.',
      'not-whole': 'Use a whole number of units.',
      'not-integer': 'Use a whole number of units.',
      grouping: 'Check the thousands separators, e.g. 90,000.',
      'too-large': 'That is too large: at most 10^18.',
      'too-long': 'That is too long: at most 64 characters.',
      'too-precise': 'Use at most 2 decimal places (fen).',
      'out-of-range': 'That value is out of range.',
      'invalid-date': 'Enter a date.',
      'before-purchase': 'This is before the purchase date.',
      'more-than-pack': 'More than the pack holds.',
      unknown: 'Check this value.',
    },
    resultTitle: 'Refund',
    refund: 'You get back',
    kinds: {
      full: 'Full refund: within 5 days of purchase and nothing used.',
      partial: (paid, used, price, amount) =>
        `Within 5 days, some used: ${paid} paid − ${used} used × ${price} (pay-as-you-go price) = ${amount}, never below zero.`,
      support: 'No automatic refund after 5 days. Up to 180 days, contact support if a problem could not be solved.',
      none: 'No refund more than 180 days after purchase, even for an unused pack.',
    },
    elapsed: (days) => `${days} days since purchase.`,
    windowsTitle: 'Refund rules (pricing document: Refunds)',
    windows: {
      refund: (days) => `Up to ${days} days: refund of the cash paid, less what was used at the pay-as-you-go price.`,
      support: (from, to) => `More than ${from} and up to ${to} days: contact support.`,
      none: (days) => `More than ${days} days: no refund.`,
    },
    until: (date) => `Until ${date}, at the order’s time of day`,
    after: (date) => `From ${date}, after the order’s time of day`,
    applies: 'applies',
    lastDay: (limit) =>
      `This is day ${limit} after the purchase: the window closes at the time of day the order was placed, so check the order time.`,
    contactSupport: 'Contact support through a ticket in the Alibaba Cloud console.',
    beijing: 'Dates are Beijing time (UTC+8); a date alone counts from 00:00.',
    keptLast: 'The refund below is for the last valid input.',
    noRefund: 'Fix the fields marked to see the refund.',
    rulesErrorTitle: 'These pricing rules can’t be used',
    rulesErrorBody: 'The page gave rules data that fails validation, so no refund is shown.',
    announce: (amount, rule) => `Refund ${amount}. ${rule}`,
  },
  'zh-CN': {
    title: '流量包退款估算',
    subtitle: (version) => `流量包可退金额及适用规则 · 价格文档 ${version}`,
    pack: '所购流量包',
    packOption: (units, price) => `${units}次 · ${price}`,
    paid: '现金实付',
    paidHint: (listPrice) => `仅限现金：红包、折扣和代金券不予退还。目录价 ${listPrice}。`,
    used: '已用次数',
    usedHint: (size) => `该 ${size}次流量包已抵扣的次数。`,
    when: '购买至今',
    modes: { dates: '按日期', days: '按天数' },
    purchasedOn: '购买日期',
    purchasedHint: '以订单为准。',
    today: '申请退款日期',
    todayHint: '默认今天，也可提前估算。',
    days: '购买后天数',
    daysHint: '可填小数：5.5 即五天半。',
    errors: {
      empty: '请输入数字。',
      'not-a-number': '无法识别该数字，可输入 90000 或 90,000。',
      negative: '不能为负数。',
      'not-whole': '请输入整数次数。',
      'not-integer': '请输入整数次数。',
      grouping: '请检查千位分隔符，例如 90,000。',
      'too-large': '数值过大：最多 10^18。',
      'too-long': '内容过长：最多 64 个字符。',
      'too-precise': '最多保留 2 位小数（分）。',
      'out-of-range': '数值超出范围。',
      'invalid-date': '请输入日期。',
      'before-purchase': '该日期早于购买日期。',
      'more-than-pack': '超过了流量包的总次数。',
      unknown: '请检查此项。',
    },
    resultTitle: '退款',
    refund: '可退金额',
    kinds: {
      full: '全额退款：购买后 5 天内且未使用。',
      partial: (paid, used, price, amount) =>
        `5 天内已部分使用：实付 ${paid} − 已用 ${used}次 × ${price}（按量后付费单价）= ${amount}，最低为零。`,
      support: '超过 5 天不支持自动退款。180 天内如有问题未能解决，可联系客服。',
      none: '购买超过 180 天不予退款，未使用的流量包也不退。',
    },
    elapsed: (days) => `购买至今 ${days} 天。`,
    windowsTitle: '退款规则（定价文档“退款”）',
    windows: {
      refund: (days) => `${days} 天内：退还现金实付，已用部分按后付费单价扣除。`,
      support: (from, to) => `超过 ${from} 天、不超过 ${to} 天：联系客服。`,
      none: (days) => `超过 ${days} 天：不予退款。`,
    },
    until: (date) => `截至 ${date}的下单时刻`,
    after: (date) => `${date}的下单时刻之后`,
    applies: '适用',
    lastDay: (limit) => `今天是购买后第 ${limit} 天：窗口在下单的同一时刻关闭，请核对订单时间。`,
    contactSupport: '请在阿里云控制台提交工单联系客服。',
    beijing: '日期为北京时间（UTC+8）；只填日期时从 00:00 起算。',
    keptLast: '以下退款基于上一次的有效输入。',
    noRefund: '请修正标出的输入项以查看退款。',
    rulesErrorTitle: '无法使用这些计费规则',
    rulesErrorBody: '页面提供的规则数据未通过校验，因此不显示退款。',
    announce: (amount, rule) => `可退 ${amount}。${rule}`,
  },
};
