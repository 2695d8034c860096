import type { CostChartStrings } from '../../sections/cost-chart.js';

const costChart: CostChartStrings = {
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
};

export default costChart;
