import type { Finding } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import { parseNumberText } from "../../numbers/parse-number";
import { executionRate } from "../amounts";
import { isMet } from "../compare";
import type { BudgetLine, IndicatorRow, NumberCell, PerformanceProject } from "../model";
import { percent2, performanceFinding, plain, projectLabel } from "../report";
import { FAR_LOW_EXECUTION_RATE, OUTPUT_LEVELS } from "../vocabulary";
import { levelName } from "./levels";

const LISTED = 4;

function isOutput(row: IndicatorRow): boolean {
  return OUTPUT_LEVELS.includes(levelName(row.level1)) || OUTPUT_LEVELS.includes(levelName(row.level2));
}

function hasFullScore(row: IndicatorRow): boolean {
  const weight = row.weight?.value;
  const score = row.score?.value;
  return weight !== undefined && score !== undefined && weight.gt(0) && score.gte(weight);
}

/** 执行数 printed as 0 (0.00, “—”). */
function isZeroAmount(cell: NumberCell | undefined): boolean {
  if (!cell) return false;
  if (cell.value !== undefined) return cell.value.isZero();
  const parsed = parseNumberText(cell.text);
  return parsed.kind === "blank" && parsed.dash;
}

/** “改造医保窗口数量”完成值 4个（10/10 分）. */
function claimText(row: IndicatorRow): string {
  const unit = row.actualValue?.unit ? "" : (row.unit?.text ?? "");
  return `“${row.name.text}”完成值 ${row.actual?.text ?? ""}${unit}（${plain(row.score!.value!)}/${plain(row.weight!.value!)} 分）`;
}

function listed(rows: IndicatorRow[]): string {
  const shown = rows.slice(0, LISTED).map(claimText).join("、");
  return rows.length > LISTED ? `${shown}等 ${rows.length} 项` : shown;
}

function claimSteps(rows: IndicatorRow[]): string[] {
  return rows.map(
    (r) =>
      `${levelName(r.level2) || levelName(r.level1)}“${r.name.text}”：指标值 ${r.target?.text ?? ""}，完成值 ${r.actual?.text ?? ""}，得分 ${r.score?.text} = 权重 ${r.weight?.text}`,
  );
}

/**
 * 执行数 0 with 全年预算 above 0, while 产出/成本 indicators claim completion with full marks: an error, since no
 * output or cost can come from money not spent (峨眉山 标准化服务大厅建设经费: 执行 0 of 12 万元, four indicators 10/10).
 */
function checkZero(project: PerformanceProject, line: BudgetLine, claims: IndicatorRow[]): Finding[] {
  const { executed, full } = line.cells;
  if (!executed || !isZeroAmount(executed) || !full?.value?.gt(0)) return [];
  const label = projectLabel(project);
  return [
    performanceFinding(
      "PERF.execution.zero",
      project,
      executed,
      `${label}：全年执行数 ${executed.text || "0"}（全年预算数 ${full.text}），产出、成本指标却报告完成并得满分：${listed(claims)}。资金未执行就没有由它形成的产出和成本，请核对执行数，或按实际完成情况调整完成值和得分。`,
      {
        related: claims.map((r) => r.score),
        subject: `${label}·全年执行数`,
        headline: `${label} 全年执行数为 0，却有 ${claims.length} 项产出、成本指标报告完成并得满分：请核对执行数或指标完成情况`,
        steps: [`全年执行数 ${executed.text || "0"} ÷ 全年预算数 ${full.text} = 0.00%`, ...claimSteps(claims)],
      },
    ),
  ];
}

/** 执行率 (as printed) below 50% while every weighted 产出/成本 indicator has full marks. */
function checkLow(project: PerformanceProject, line: BudgetLine, outputs: IndicatorRow[], claims: IndicatorRow[]): Finding[] {
  const rate = executionRate(line);
  if (rate === undefined || rate.isZero() || !rate.lt(FAR_LOW_EXECUTION_RATE) || claims.length < outputs.length) return [];
  const anchor = line.cells.rate ?? line.cells.executed;
  if (!anchor) return [];
  const label = projectLabel(project);
  return [
    performanceFinding(
      "PERF.execution.low",
      project,
      anchor,
      `${label}：预算执行率仅 ${percent2(rate)}（执行数 ${line.cells.executed?.text} ÷ 全年预算数 ${line.cells.full?.text}），产出、成本指标却全部报告完成并得满分：${listed(claims)}。请核对执行数与指标完成值是否对应。`,
      {
        related: [line.cells.executed, line.cells.full, ...claims.map((r) => r.score)],
        subject: `${label}·预算执行率`,
        headline: `${label} 预算执行率仅 ${percent2(rate)}，产出、成本指标却全部满分：请核对`,
        steps: [
          `执行率 = ${line.cells.executed?.text} ÷ ${line.cells.full?.text} = ${percent2(rate)} < ${percent2(new Decimal(FAR_LOW_EXECUTION_RATE))}`,
          ...claimSteps(claims),
        ],
      },
    ),
  ];
}

/** Money against what it bought: 执行数 and 执行率 of a 项目自评表 against its 产出/成本 indicators' full marks. */
export function checkExecution(project: PerformanceProject): Finding[] {
  if (project.table.form !== "自评表" || project.table.scope !== "项目支出") return [];
  const line = project.budget.find((l) => l.total) ?? project.budget[0];
  const outputs = project.indicators.filter((r) => isOutput(r) && r.weight?.value?.gt(0) && r.score?.value !== undefined);
  const claims = outputs.filter((r) => hasFullScore(r) && isMet(r) !== false);
  if (!line || claims.length === 0) return [];
  return [...checkZero(project, line, claims), ...checkLow(project, line, outputs, claims)];
}
