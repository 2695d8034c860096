import type { CompareStrings } from '../../sections/compare.js';

const listEn = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

const compare: CompareStrings = {
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
};

export default compare;
