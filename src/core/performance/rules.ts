import type { Severity } from "../findings/severity";

/** One rule of the performance catalogue (绩效表审核规则). */
export interface PerformanceRule {
  id: string;
  /** Short Chinese name. */
  name: string;
  severity: Severity;
  /** What the rule checks, in Chinese, for the accountant. */
  description: string;
}

/** The catalogue, with each id's literal type kept for PerformanceRuleId. */
const CATALOGUE = [
  {
    id: "PERF.level.unknown",
    name: "指标名称不规范",
    severity: "warning",
    description:
      "一级、二级指标名称应为规定名称：一级为产出、效益、满意度、成本指标；二级如数量、质量、时效、社会效益、可持续影响、服务对象满意度、经济成本指标等。",
  },
  {
    id: "PERF.level.nesting",
    name: "指标层级错误",
    severity: "error",
    description: "二级指标必须归属于对应的一级指标，例如“社会效益指标”只能在“效益指标”之下。",
  },
  {
    id: "PERF.level.name",
    name: "三级指标与二级指标不符",
    severity: "warning",
    description: "三级指标的内容应与其二级指标一致，例如“数量指标”下不应填写质量达标率，“质量指标”下不应填写数量。",
  },
  { id: "PERF.name.goal", name: "三级指标误填年度目标", severity: "warning", description: "三级指标名称与项目年度目标文字完全相同，通常是复制粘贴错误。" },
  { id: "PERF.coverage", name: "缺少必备指标", severity: "warning", description: "每个项目（或部门整体）至少应设置产出指标、效益指标和满意度指标。" },
  { id: "PERF.nature.invalid", name: "指标性质不规范", severity: "warning", description: "指标性质应为 ≥、＞、＝、≤、＜ 或“定性”之一。" },
  {
    id: "PERF.qual.unit",
    name: "定性指标带数值单位",
    severity: "warning",
    description: "定性指标的指标值是等级（优/良/中/差、高/中/低等），不应填写“%”“元”“人”等数值单位。",
  },
  {
    id: "PERF.qual.value",
    name: "定性指标填写了数值",
    severity: "warning",
    description: "定性指标的指标值应为等级，不应为数字；如为数字，指标性质应改为 ≥、≤ 等。",
  },
  { id: "PERF.quant.value", name: "定量指标缺少数值", severity: "error", description: "指标性质为 ≥、＞、＝、≤、＜ 的定量指标，指标值必须是数字。" },
  { id: "PERF.quant.unit", name: "定量指标缺少单位", severity: "warning", description: "定量指标应填写度量单位（%、元、万元、人、个等）。" },
  { id: "PERF.percent.range", name: "比率超过100%", severity: "error", description: "以“率”表示的百分比指标，指标值和完成值不应超过 100%。" },
  { id: "PERF.rate.unit", name: "比率指标单位不符", severity: "warning", description: "名称为“……率”的指标应以“%”为单位，而不是“套”“个”等计数单位。" },
  {
    id: "PERF.cost.operator",
    name: "成本指标方向可疑",
    severity: "warning",
    description: "成本指标是控制上限的指标，一般用 ≤ 或 ＜；用 ≥ 或 ＞ 通常是填反了，或该指标不属于成本指标。",
  },
  {
    id: "PERF.completion.missed-full",
    name: "未达成目标却得满分",
    severity: "error",
    description: "完成值按指标性质与指标值比较未达成目标时，得分应低于权重（分值）。",
  },
  { id: "PERF.completion.missed-reason", name: "未达成目标未说明原因", severity: "warning", description: "未达成目标的指标应填写偏差原因分析及改进措施。" },
  {
    id: "PERF.completion.met-reduced",
    name: "达成目标却扣分且无原因",
    severity: "warning",
    description: "完成值已达到指标值但得分低于权重，且未说明扣分原因。",
  },
  { id: "PERF.score.over", name: "得分超过权重", severity: "error", description: "任何指标（含预算执行率）的得分都不能超过其权重（分值）。" },
  {
    id: "PERF.score.formula",
    name: "得分与常用公式不一致",
    severity: "info",
    description: "未达成目标的指标，按常用公式计算的得分（正向：完成值÷指标值×权重；反向：(1−(完成值−指标值)÷指标值)×权重）与填报得分不同，供核对。",
  },
  {
    id: "PERF.weight.sum",
    name: "权重合计不符",
    severity: "error",
    description: "每个项目的指标权重之和加预算执行率权重应为 100（绩效目标表未设预算执行权重且全部项目一致为 90 时，按 90 核对）。",
  },
  { id: "PERF.total.weight", name: "合计权重与明细不符", severity: "error", description: "合计（总分）行的权重应等于预算执行率权重与各指标权重之和。" },
  { id: "PERF.total.score", name: "合计得分与明细不符", severity: "error", description: "合计（总分）行的得分应等于预算执行率得分与各指标得分之和。" },
  {
    id: "PERF.total.grade",
    name: "评价等级与总分不符",
    severity: "error",
    description: "评价等级应与总分一致：90 分及以上为优，80（含）至 90 分为良，60（含）至 80 分为中，60 分以下为差。",
  },
  { id: "PERF.budget.rate", name: "预算执行率计算错误", severity: "error", description: "预算执行率 = 预算执行数 ÷ 全年（调整后）预算数。" },
  {
    id: "PERF.budget.score",
    name: "预算执行率得分错误",
    severity: "error",
    description: "预算执行率得分 = min(预算执行率, 100%) × 权重（部分地区执行率达 90% 以上即得满分）。",
  },
  { id: "PERF.budget.low", name: "预算执行率偏低未说明原因", severity: "warning", description: "预算执行率低于 90% 时应说明原因。" },
  {
    id: "PERF.budget.sum",
    name: "资金总额与明细不符",
    severity: "error",
    description: "资金总额 = 财政资金（财政拨款）+ 上年结转 + 财政专户管理资金 + 单位资金 + 其他资金。",
  },
  { id: "PERF.budget.split", name: "资金总额与资金来源不符", severity: "error", description: "资金总额 = 财政拨款 + 其他资金。" },
  {
    id: "PERF.cross.target",
    name: "部门整体与项目目标不一致",
    severity: "warning",
    description: "同一指标在部门整体支出绩效目标表和项目绩效目标表中的指标性质、指标值或单位应一致。",
  },
  {
    id: "PERF.text.rate",
    name: "文字中的预算执行率与表不符",
    severity: "error",
    description: "情况说明中某项目的预算执行率应等于绩效自评表中的预算执行率（执行数 ÷ 全年预算数）。",
  },
  {
    id: "PERF.execution.zero",
    name: "执行数为零却报告产出完成",
    severity: "error",
    description: "全年执行数为 0 而全年预算数大于 0 时，产出、成本（含时效）指标不应报告已完成并得满分：没有花钱，就没有由这笔钱形成的产出和成本。",
  },
  {
    id: "PERF.execution.low",
    name: "执行率远低于指标完成情况",
    severity: "warning",
    description: "预算执行率低于 50%，而产出、成本指标全部报告完成并得满分，钱与事对不上，请核对执行数或指标完成值。",
  },
  {
    id: "PERF.unit.differs",
    name: "完成值单位与度量单位不同",
    severity: "warning",
    description: "完成值应使用指标的度量单位填写；单位不同时（如 万元 与 元/年、人次 与 人），按换算后的数值比较，并请统一单位。",
  },
  {
    id: "PERF.unit.incompatible",
    name: "完成值单位与度量单位不相容",
    severity: "error",
    description: "完成值的单位与度量单位不是同一类量（如 元 与 %、个 与 分钟），无法与指标值比较。",
  },
  {
    id: "PERF.accounts.spent",
    name: "自评表支出与决算表不一致",
    severity: "error",
    description: "部门整体支出绩效自评表中基本支出、项目支出、合计的实际支出应等于同一工作簿支出决算表合计行的对应金额。",
  },
  {
    id: "PERF.accounts.spent-unclear",
    name: "自评表支出与决算表对应不明",
    severity: "warning",
    description:
      "部门整体支出绩效自评表某行的实际支出与支出决算表、一般公共预算财政拨款支出决算表的对应金额都不相等，而该行口径不能确定（“人员经费”等行名，或两张决算表金额不同）；或两者正好相差一万倍（金额单位元与万元混用）。请核对口径与单位。",
  },
  {
    id: "PERF.accounts.projects",
    name: "项目自评执行数之和超过项目支出",
    severity: "warning",
    description: "各项目绩效自评表的全年执行数之和不应超过支出决算表的项目支出合计（自评项目是项目支出的一部分）。",
  },
  {
    id: "PERF.accounts.budget",
    name: "绩效目标表预算数与预算表不一致",
    severity: "error",
    description: "项目支出绩效目标表的预算数应等于一般公共预算项目支出预算表中同名项目的金额；部门整体支出绩效目标表的资金总额应等于部门支出总表合计。",
  },
  {
    id: "PERF.accounts.budget-unclear",
    name: "绩效目标表预算数与预算表对应不明",
    severity: "warning",
    description:
      "部门有一般公共预算以外的资金时，项目预算数可能大于一般公共预算项目支出预算表中的金额；二者不同请核对口径。二者正好相差一万倍时，请核对金额单位（元与万元）。",
  },
  {
    id: "PERF.report.value",
    name: "自评报告与自评表不一致",
    severity: "warning",
    description: "项目自评报告、整体绩效评价报告文字中写明的完成值或标准，应与绩效自评表同一指标的完成值（或指标值）一致。",
  },
  {
    id: "PERF.report.derived",
    name: "自评报告推算值与自评表不一致",
    severity: "warning",
    description: "自评报告给出总金额和人数（如 1602.86万元、289325人）时，由此推算的人均标准（55.40元/人）应与自评表同一指标的完成值一致。",
  },
  {
    id: "PERF.target.changed",
    name: "自评表指标值与绩效目标表不一致",
    severity: "warning",
    description: "绩效自评表中的指标性质、指标值应与批复的绩效目标表中同一项目同一指标一致；目标调整须有依据。",
  },
  {
    id: "PERF.target.weight",
    name: "自评表权重与绩效目标表不一致",
    severity: "warning",
    description: "绩效自评表中指标的权重（分值）应与绩效目标表中同一指标一致。",
  },
  { id: "PERF.target.dropped", name: "自评表缺少目标表中的指标", severity: "warning", description: "绩效目标表中设定的指标都应在绩效自评表中自评。" },
] as const satisfies readonly PerformanceRule[];

/** A performance rule's id ("PERF.budget.rate"): a misspelt id in code does not compile. */
export type PerformanceRuleId = (typeof CATALOGUE)[number]["id"];

/** The catalogue: every performance finding's `rule` is one of these ids. */
export const PERFORMANCE_RULES: readonly PerformanceRule[] = CATALOGUE;

const BY_ID = new Map(PERFORMANCE_RULES.map((r) => [r.id, r]));

export function performanceRule(id: PerformanceRuleId): PerformanceRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown performance rule ${id}`);
  return rule;
}
