import type { ExportStrings } from '../../sections/export.js';

const exportText: ExportStrings = {
  heading: (version) => `金融级实人认证报价（定价文档 ${version}）`,
  line: (plan, volume, period) => `${plan}：${{ day: '每天', month: '每月', year: '每年' }[period]} ${volume} 次认证`,
  billable: (units) => `每年计费 ${units} 次`,
  postpaid: '按量付费',
  item: (what, when) => `${what}，${when}`,
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
};

export default exportText;
