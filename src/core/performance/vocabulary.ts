import type { BudgetField, Operator } from "./model";

/**
 * The vocabulary of performance tables, as data an accountant can read and extend:
 * indicator levels (指标体系), operators (指标性质), grades (等级), units (度量单位) and header words.
 */

/** 一级指标 → the 二级指标 allowed under it (pre-2021 and 2021+ schemes together). */
export const INDICATOR_LEVELS: Readonly<Record<string, readonly string[]>> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"], // 成本指标 under 产出: pre-2021 scheme
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"], // 2021+ scheme
};

/** Variant 二级 names accepted under 满意度指标 (“帮扶对象满意度指标”, “受益对象满意度指标”). */
export const SATISFACTION_VARIANT = /对象满意度指标$/;

/** 一级 names every project must cover (产出, 效益, 满意度). */
export const REQUIRED_LEVEL1: readonly string[] = ["产出指标", "效益指标", "满意度指标"];

/** 一级/二级 names that make an indicator a cost indicator (成本指标), where ≥ / > is suspicious. */
export const COST_LEVELS: readonly string[] = ["成本指标"];

/**
 * 三级 names that contradict their 二级: under 数量指标 a name about 质量, under 质量指标 a name about 数量.
 * `unless`: a word whose presence makes the name acceptable.
 */
export const LEVEL2_NAME_CONFLICTS: readonly { level2: string; word: string; unless: string }[] = [
  { level2: "数量指标", word: "质量", unless: "数量" },
  { level2: "质量指标", word: "数量", unless: "质量" },
];

/** 指标性质 spellings → operator (full- and half-width). */
export const OPERATOR_SPELLINGS: readonly [string, Operator][] = [
  [">=", "≥"],
  ["≥", "≥"],
  ["≧", "≥"],
  ["＞＝", "≥"],
  ["大于等于", "≥"],
  ["不低于", "≥"],
  ["<=", "≤"],
  ["≤", "≤"],
  ["≦", "≤"],
  ["＜＝", "≤"],
  ["小于等于", "≤"],
  ["不高于", "≤"],
  [">", ">"],
  ["＞", ">"],
  ["大于", ">"],
  ["<", "<"],
  ["＜", "<"],
  ["小于", "<"],
  ["=", "="],
  ["＝", "="],
  ["等于", "="],
  ["定性", "定性"],
];

/** Operators under which a higher value is better (正向指标). */
export const POSITIVE_OPERATORS: readonly Operator[] = ["≥", ">"];
/** Operators under which a lower value is better (反向指标). */
export const NEGATIVE_OPERATORS: readonly Operator[] = ["≤", "<"];

/** Grade scales of 定性 indicators, best first. */
export const GRADE_SCALES: readonly (readonly string[])[] = [
  ["优", "良", "中", "差"],
  ["优秀", "良好", "中等", "较差"],
  ["高", "中", "低"],
  ["好", "较好", "一般", "较差"],
  ["达成", "部分达成", "未达成"],
  ["达到预期", "基本达到预期", "未达到预期"],
  ["是", "否"],
];

/** 评价等级 by 总分: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
export const SCORE_GRADES: readonly { grade: string; min: number }[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差", min: 0 },
];

/** Budget execution below this rate needs a reason (预算执行率低于 90%). */
export const LOW_EXECUTION_RATE = "0.9";

/** Execution far below what the indicators claim (执行率低于 50% 而产出指标全部满分). */
export const FAR_LOW_EXECUTION_RATE = "0.5";

/** 一级 / 二级 names of indicators that money produces (产出、成本，含时效): a claim of them needs money spent. */
export const OUTPUT_LEVELS: readonly string[] = ["产出指标", "成本指标", "时效指标"];

/**
 * Units (度量单位). `dimension` groups units that can be compared; `factor` converts to the base unit.
 * A leading 万/亿/千 multiplies any unit (万元, 万人, 万份).
 */
export const UNITS: Readonly<Record<string, { dimension: string; factor: number }>> = {
  "%": { dimension: "%", factor: 1 },
  "％": { dimension: "%", factor: 1 },
  百分比: { dimension: "%", factor: 1 },
  元: { dimension: "元", factor: 1 },
  人: { dimension: "人", factor: 1 },
  人数: { dimension: "人", factor: 1 },
  名: { dimension: "人", factor: 1 },
  人次: { dimension: "人次", factor: 1 },
  分钟: { dimension: "时间", factor: 1 },
  小时: { dimension: "时间", factor: 60 },
  天: { dimension: "时间", factor: 1440 },
  日: { dimension: "时间", factor: 1440 },
  工作日: { dimension: "工作日", factor: 1 },
  月: { dimension: "月", factor: 1 },
  个月: { dimension: "月", factor: 1 },
  年: { dimension: "月", factor: 12 },
  个: { dimension: "个", factor: 1 },
  家: { dimension: "家", factor: 1 },
  处: { dimension: "处", factor: 1 },
  套: { dimension: "套", factor: 1 },
  份: { dimension: "份", factor: 1 },
  条: { dimension: "条", factor: 1 },
  次: { dimension: "次", factor: 1 },
  册: { dimension: "册", factor: 1 },
  支: { dimension: "支", factor: 1 },
  台: { dimension: "台", factor: 1 },
  项: { dimension: "项", factor: 1 },
  户: { dimension: "户", factor: 1 },
  件: { dimension: "件", factor: 1 },
  场: { dimension: "场", factor: 1 },
  期: { dimension: "期", factor: 1 },
  批: { dimension: "批", factor: 1 },
  篇: { dimension: "篇", factor: 1 },
};

export const UNIT_PREFIXES: Readonly<Record<string, number>> = { 千: 1000, 万: 10000, 亿: 100000000 };

/**
 * What a unit's dimension measures. Units of one dimension convert (万元 → 元); units of one kind but another
 * dimension are related and cannot be converted (人次 and 人 both count people, 个 and 家 both count things);
 * units of different kinds cannot describe the same indicator (元 and %). Dimensions not listed are counts.
 */
export type UnitKind = "money" | "percent" | "time" | "count";
export const DIMENSION_KINDS: Readonly<Record<string, UnitKind>> = { "%": "percent", 元: "money", 时间: "time", 工作日: "time", 月: "time" };

/** Separators inside the part after “/” of a compound unit (元/人·次, 元/人.年): the first part is what is counted. */
export const PER_SEPARATORS = /[·.．・*×]/;

/** Header words → indicator column. First match wins, so the more specific words come first. */
export const INDICATOR_HEADERS: readonly [RegExp, IndicatorColumn][] = [
  [/^项目名称/, "projectName"],
  [/^(项目)?预算数|^(项目)?资金总额/, "projectBudget"],
  [/年度目标|绩效目标$/, "goal"],
  [/一级指标/, "level1"],
  [/二级指标/, "level2"],
  [/三级指标/, "name"],
  [/指标性质/, "nature"],
  [/完成值|实际完成|完成情况/, "actual"],
  [/指标值/, "target"],
  [/(度量|计量)?单位$/, "unit"],
  [/权重|分值/, "weight"],
  [/得分/, "score"],
  [/原因|改进措施/, "reason"],
];

export type IndicatorColumn =
  "projectName" | "projectBudget" | "goal" | "level1" | "level2" | "name" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

/** Header words → budget-execution column (预算执行情况 / 年度部门整体支出预算 / 重点工作任务). */
export const BUDGET_HEADERS: readonly [RegExp, BudgetField][] = [
  [/原因|改进措施/, "reason"],
  [/执行率/, "rate"],
  [/年初预算/, "initial"],
  [/全年预算|调整后预算|调整后|资金总额|^总额$|批复金额/, "full"],
  [/执行数|全年执行|实际支出|执行金额/, "executed"],
  [/财政拨款|财政资金/, "fiscal"],
  [/其他资金/, "other"],
  [/权重|分值/, "weight"],
  [/得分/, "score"],
];

/** Label of the line that the other budget lines make up. */
export const BUDGET_TOTAL_LABEL = /^(总额|合计|总计|资金总额|年度资金总额)$/;

/** Label of a 合计 / 总分 row under the indicators. */
export const TOTAL_ROW_LABEL = /^(合计|总计|总分|得分合计|综合得分)/;

/** Labels that end an indicator or budget block. */
export const BLOCK_END_LABEL = /^(评价结论|存在问题|改进措施|备注|项目负责人|财务负责人|注[:：])/;

/** Labels of rows inside a block that are neither indicators nor its end (the 总分 row may follow). */
export const BLOCK_SKIP_LABEL = /^其他需(要)?说明/;

/** Heading word of a 项目名称 / 部门名称 label cell (name in the next non-empty cell to its right). */
export const NAME_LABEL = /^(项目名称|部门名称|单位名称)$/;

/** A category written before a project name: “专项业务类—异地就医工作” → “异地就医工作”. */
export const PROJECT_CATEGORY_PREFIX = /^[^—\-－_]{1,8}类[—\-－_]+/;

/** A heading that starts a 整体 report: its figures speak of the 部门整体 table. */
export const WHOLE_REPORT_HEADING = /整体(支出)?绩效(自评|评价)/;

/** A heading that starts another report or part: figures after it speak of no project until one is named. */
export const REPORT_BREAK_HEADING = /报告$|^附表|^附件|^第.部分/;

/** Words after a number that make it approximate (“40多家”, “200余人”): such figures are not compared. */
export const APPROXIMATE_AFTER = /^(多|余|左右|以上|以下|上下)/;

/**
 * An indicator that counts several things together (“老征地到龄人数和未到龄人数”): a report figure speaks of it only
 * when the report names it whole — a figure for one of its parts is not its value.
 */
export const COMPOUND_NAME = /以及|[和及与、]/;

/** Words shared by an indicator's name and the words around a figure in the report, at least (as 2-character pieces). */
export const REPORT_MATCH_MIN_SHARED = 3;

/** Strips the project code prefix: “51118122T000007158756-人才开发专项资助金” → “人才开发专项资助金”. */
export const PROJECT_CODE_PREFIX = /^[0-9A-Za-z]{8,}[-－—_\s]+/;
