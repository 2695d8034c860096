import type { ExportStrings } from '../../sections/export.js';

const exportText: ExportStrings = {
  heading: (version) => `Financial-grade ID Verification quote (pricing document ${version})`,
  line: (plan, volume, period) => `${plan}: ${volume} verifications ${{ day: 'a day', month: 'a month', year: 'a year' }[period]}`,
  billable: (units) => `${units} billable a year`,
  postpaid: 'Pay as you go',
  item: (what, when) => `${what}, ${when}`,
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
};

export default exportText;
