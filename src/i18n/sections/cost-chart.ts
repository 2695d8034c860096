import type { Section } from '../section.js';

/** Figures for the chart's one-sentence description, already formatted. */
export interface CostChartSummary {
  /** Both axes on log scales (else linear, from 0). */
  readonly log: boolean;
  readonly from: string;
  readonly to: string;
  readonly unitPrice: string;
  /** The smallest break-even volume: below it pay-as-you-go is cheapest. */
  readonly paysFrom: string | null;
  /** The lowest pack price as a share of pay-as-you-go ("70 %" / "7折"). */
  readonly lowest: string | null;
}

/** What a point is, besides a grid volume. */
export interface PointTags {
  readonly visitor: boolean;
  /** "100,000-unit pack (90 %)" when the volume is a pack size. */
  readonly tier: string | null;
  /** The pack size whose break-even this volume is. */
  readonly breakEven: string | null;
}

export interface CostChartStrings {
  readonly title: (family: string) => string;
  readonly summary: (s: CostChartSummary) => string;
  readonly visitorSummary: (units: string, best: string, postpaid: string) => string;
  readonly xAxis: (log: boolean) => string;
  readonly yAxis: (log: boolean) => string;
  /** The scale toggle (a radio group) and what the live region says after a switch. */
  readonly scale: string;
  readonly scaleLinear: string;
  readonly scaleLog: string;
  readonly scaleChanged: (log: boolean) => string;
  readonly legendPostpaid: string;
  readonly legendBest: string;
  readonly legendVisitor: string;
  readonly legendSavings: string;
  readonly legendTier: string;
  readonly legendBreakEven: string;
  readonly keyboardHint: string;
  /** The readout before a point is chosen (no volume of the visitor's to show). */
  readonly readoutEmpty: string;
  readonly perYear: (units: string) => string;
  readonly volume: string;
  readonly postpaid: string;
  readonly best: string;
  readonly savings: string;
  readonly packs: string;
  readonly note: string;
  readonly pack: (count: string, size: string) => string;
  readonly trial: string;
  readonly overage: (units: string) => string;
  readonly noPacks: string;
  /** A pack's price against pay-as-you-go: zh "9折" ("原价" for none), en "90 %" ("100 %"). */
  readonly discount: (zhe: string, percent: string) => string;
  readonly free: string;
  readonly visitor: string;
  readonly tierTag: (size: string, discount: string) => string;
  readonly breakEvenTag: (size: string) => string;
  readonly pointLabel: (volume: string, postpaid: string, best: string, mix: string, tags: PointTags) => string;
  readonly showTable: string;
  readonly tableCaption: (family: string) => string;
  readonly packsCaption: string;
  readonly packColumn: string;
  readonly priceColumn: string;
  readonly discountColumn: string;
  readonly paysFromColumn: string;
  readonly zeroUnits: string;
  readonly badUnits: (text: string) => string;
  readonly unknownFamily: (name: string) => string;
  readonly rulesError: string;
}

export const costChartStrings: Section<CostChartStrings> = {
  en: {
    title: (family) => `Cost for a year by volume: ${family}`,
    summary: ({ log, from, to, unitPrice, paysFrom, lowest }) =>
      `Chart of the cost for a year from ${from} to ${to} billable units, both axes on ${log ? 'log' : 'linear'} scales. ` +
      `Pay as you go costs ${unitPrice} a unit. ` +
      (paysFrom && lowest
        ? `The best pack mix costs the same as pay as you go up to ${paysFrom} units a year, then less: down to ${lowest} of it.`
        : 'No pack costs less than pay as you go.'),
    visitorSummary: (units, best, postpaid) => `At your ${units} units a year: ${best} with packs, ${postpaid} pay as you go.`,
    xAxis: (log) => (log ? 'Billable units a year (log scale)' : 'Billable units a year'),
    yAxis: (log) => (log ? 'Cost a year (log scale)' : 'Cost a year'),
    scale: 'Scale',
    scaleLinear: 'Linear',
    scaleLog: 'Log',
    scaleChanged: (log) =>
      log ? 'Both axes now on log scales: every decade of volume gets the same width.' : 'Both axes now on linear scales: the shaded band shows what packs save.',
    legendPostpaid: 'Pay as you go',
    legendBest: 'Best pack mix',
    legendVisitor: 'Your volume',
    legendSavings: 'What packs save',
    legendTier: 'Pack size (price vs pay as you go)',
    legendBreakEven: 'Pack starts to pay',
    keyboardHint: 'Tab to the chart, then use the arrow keys to read each point.',
    readoutEmpty: 'Point at the chart or tap it to read the figures at a volume.',
    perYear: (units) => `${units} a year`,
    volume: 'Units a year',
    postpaid: 'Pay as you go',
    best: 'Best pack mix',
    savings: 'You save',
    packs: 'Packs',
    note: 'Note',
    pack: (count, size) => `${count} × ${size}-unit pack`,
    trial: 'free trial pack',
    overage: (units) => `${units} units at the pay-as-you-go price`,
    noPacks: 'no packs',
    discount: (_zhe, percent) => percent,
    free: 'free',
    visitor: 'your volume',
    tierTag: (size, discount) => `${size}-unit pack (${discount})`,
    breakEvenTag: (size) => `the ${size}-unit pack starts to pay`,
    pointLabel: (volume, postpaid, best, mix, tags) =>
      [
        tags.visitor ? 'Your volume' : '',
        `${volume} units a year`,
        tags.tier ?? '',
        tags.breakEven ?? '',
        `pay as you go ${postpaid}`,
        `best pack mix ${best} (${mix})`,
      ]
        .filter(Boolean)
        .join(', '),
    showTable: 'Show the figures as a table',
    tableCaption: (family) => `Cost for a year by volume: ${family}`,
    packsCaption: 'Packs and where each starts to pay',
    packColumn: 'Pack',
    priceColumn: 'Price',
    discountColumn: 'vs pay as you go',
    paysFromColumn: 'Pays from (units a year)',
    zeroUnits: 'Your volume is 0: there is nothing to mark.',
    badUnits: (text) => `“${text}” is not a number of units; the chart shows no volume of yours.`,
    unknownFamily: (name) => `“${name}” is not a plan or pack family we price; showing the last valid chart.`,
    rulesError: 'The pricing rules given could not be used; the chart uses the last valid ones.',
  },
  'zh-CN': {
    title: (family) => `年费用随用量变化：${family}`,
    summary: ({ log, from, to, unitPrice, paysFrom, lowest }) =>
      `图表显示每年计费 ${from} 至 ${to} 次的年费用，横纵轴均为${log ? '对数' : '线性'}刻度。按量付费每次 ${unitPrice}。` +
      (paysFrom && lowest
        ? `每年不超过 ${paysFrom} 次时，最省的流量包组合与按量付费价格相同；超过后更省，最低打 ${lowest}。`
        : '没有比按量付费更便宜的流量包。'),
    visitorSummary: (units, best, postpaid) => `按你每年 ${units} 次计：流量包 ${best}，按量付费 ${postpaid}。`,
    xAxis: (log) => (log ? '每年计费次数（对数刻度）' : '每年计费次数'),
    yAxis: (log) => (log ? '年费用（对数刻度）' : '年费用'),
    scale: '刻度',
    scaleLinear: '线性',
    scaleLog: '对数',
    scaleChanged: (log) => (log ? '横纵轴已改为对数刻度：每个数量级宽度相同。' : '横纵轴已改为线性刻度：阴影部分即流量包节省的费用。'),
    legendPostpaid: '按量付费',
    legendBest: '最省的流量包组合',
    legendVisitor: '你的用量',
    legendSavings: '流量包节省的部分',
    legendTier: '流量包规格（相对按量付费的折扣）',
    legendBreakEven: '开始划算的用量',
    keyboardHint: '用 Tab 键进入图表，再用方向键逐点查看数据。',
    readoutEmpty: '将指针移到图表上或轻点图表，查看该用量的数据。',
    perYear: (units) => `每年 ${units} 次`,
    volume: '每年计费次数',
    postpaid: '按量付费',
    best: '最省的流量包组合',
    savings: '节省',
    packs: '流量包',
    note: '说明',
    pack: (count, size) => `${count} 个 ${size} 次流量包`,
    trial: '免费测试流量包',
    overage: (units) => `${units} 次按后付费单价`,
    noPacks: '不买流量包',
    discount: (zhe) => zhe || '原价',
    free: '免费',
    visitor: '你的用量',
    tierTag: (size, discount) => `${size} 次流量包（${discount}）`,
    breakEvenTag: (size) => `${size} 次流量包从此开始划算`,
    pointLabel: (volume, postpaid, best, mix, tags) =>
      [
        tags.visitor ? '你的用量' : '',
        `每年 ${volume} 次`,
        tags.tier ?? '',
        tags.breakEven ?? '',
        `按量付费 ${postpaid}`,
        `最省的流量包组合 ${best}（${mix}）`,
      ]
        .filter(Boolean)
        .join('，'),
    showTable: '以表格显示数据',
    tableCaption: (family) => `年费用随用量变化：${family}`,
    packsCaption: '流量包规格及开始划算的用量',
    packColumn: '流量包',
    priceColumn: '价格',
    discountColumn: '相对按量付费',
    paysFromColumn: '每年用量达到即划算',
    zeroUnits: '你的用量为 0，图中无需标记。',
    badUnits: (text) => `“${text}”不是有效的次数，图中不显示你的用量。`,
    unknownFamily: (name) => `“${name}”不是可计价的方案或流量包类型，显示上一次有效的图表。`,
    rulesError: '所给的计价规则无法使用，图表沿用上一次有效的规则。',
  },
};
