import type { CostChartStrings } from '../../sections/cost-chart.js';

const costChart: CostChartStrings = {
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
};

export default costChart;
