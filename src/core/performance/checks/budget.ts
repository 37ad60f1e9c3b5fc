import type { Finding } from "../../findings/finding";
import { Decimal, ZERO } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import type { BudgetField, BudgetLine, NumberCell, PerformanceProject } from "../model";
import { performanceFinding, percent2, plain, projectLabel } from "../report";
import { LOW_EXECUTION_RATE } from "../vocabulary";

function lineName(project: PerformanceProject, line: BudgetLine): string {
  const label = line.label && !line.total ? `（${line.label}）` : "";
  return `${projectLabel(project)}${label}`;
}

/** 执行数 ÷ 全年预算数, undefined when the budget is zero or missing. */
function computedRate(line: BudgetLine): Decimal | undefined {
  const full = line.cells.full?.value;
  const executed = line.cells.executed?.value;
  if (!full || full.isZero() || executed === undefined) return undefined;
  return executed.dividedBy(full);
}

function checkRate(project: PerformanceProject, line: BudgetLine): Finding[] {
  const rate = line.cells.rate;
  const computed = computedRate(line);
  if (!rate?.value || !computed) return [];
  const places = rate.unit ? rate.unit.decimalPlaces() : 4;
  if (computed.toDecimalPlaces(places).eq(rate.value.toDecimalPlaces(places))) return [];
  return [performanceFinding("PERF.budget.rate", project, rate,
    `${lineName(project, line)}：预算执行率填报 ${rate.text}，按 执行数 ${line.cells.executed?.text} ÷ 全年预算数 ${line.cells.full?.text} 计算应为 ${percent2(computed)}。`,
    { related: [line.cells.executed, line.cells.full], expected: percent2(computed), actual: rate.text })];
}

function rateOf(line: BudgetLine): Decimal | undefined {
  return computedRate(line) ?? line.cells.rate?.value;
}

function checkScore(project: PerformanceProject, line: BudgetLine): Finding[] {
  const weight = line.cells.weight?.value;
  const score = line.cells.score;
  const rate = rateOf(line);
  if (!weight || !score?.value || rate === undefined) return [];
  const expected = Decimal.min(rate, 1).times(weight);
  const fullAboveThreshold = rate.gte(LOW_EXECUTION_RATE) && score.value.eq(weight);
  const near = [2, 1, 0].some((p) => expected.toDecimalPlaces(p).eq(score.value!));
  if (near || fullAboveThreshold) return [];
  return [performanceFinding("PERF.budget.score", project, score,
    `${lineName(project, line)}：预算执行率得分填报 ${score.text}，按 min(执行率 ${percent2(rate)}, 100%) × 权重 ${plain(weight)} 应为 ${expected.toDecimalPlaces(2).toFixed()}。`,
    { related: [line.cells.rate, line.cells.weight], expected: expected.toDecimalPlaces(2).toFixed(), actual: score.text })];
}

function checkLow(project: PerformanceProject, line: BudgetLine, standalone: boolean): Finding[] {
  const rate = rateOf(line);
  if (!standalone || rate === undefined || rate.gte(LOW_EXECUTION_RATE) || line.cells.reason?.text) return [];
  if (!line.cells.full?.value || line.cells.full.value.isZero()) return [];
  const anchor = line.cells.rate ?? line.cells.executed;
  if (!anchor) return [];
  return [performanceFinding("PERF.budget.low", project, anchor,
    `${lineName(project, line)}：预算执行率 ${percent2(rate)} 低于 90%，未说明原因。`,
    { related: [line.cells.executed, line.cells.full] })];
}

function interval(cell: NumberCell | undefined): RoundingInterval {
  return cell?.value !== undefined && cell.unit ? RoundingInterval.of(cell.value, cell.unit) : RoundingInterval.ZERO;
}

const SUM_FIELDS: readonly [BudgetField, string][] = [["initial", "年初预算"], ["full", "全年预算"], ["executed", "执行数"]];

function checkLineSum(project: PerformanceProject, total: BudgetLine, parts: BudgetLine[]): Finding[] {
  return SUM_FIELDS.flatMap(([field, name]) => {
    const cell = total.cells[field];
    if (!cell?.value) return [];
    const partCells = parts.map((p) => p.cells[field]);
    if (interval(cell).overlaps(sumIntervals(partCells.map(interval)))) return [];
    const sum = partCells.reduce((acc, c) => acc.plus(c?.value ?? ZERO), ZERO);
    const detail = parts.map((p) => `${p.label.replace(/^其中[:：]/, "")} ${p.cells[field]?.text || "0"}`).join(" + ");
    return [performanceFinding("PERF.budget.sum", project, cell,
      `${projectLabel(project)}：${name}“${total.label}”填报 ${cell.text}，${detail} = ${sum.toFixed(2)}。`,
      { related: partCells, expected: sum.toFixed(2), actual: cell.text })];
  });
}

function checkSplit(project: PerformanceProject, line: BudgetLine): Finding[] {
  const { full, fiscal, other } = line.cells;
  if (!full?.value || !fiscal || !other) return [];
  if (interval(full).overlaps(interval(fiscal).plus(interval(other)))) return [];
  const sum = (fiscal.value ?? ZERO).plus(other.value ?? ZERO);
  return [performanceFinding("PERF.budget.split", project, full,
    `${lineName(project, line)}：资金总额 ${full.text}，财政拨款 ${fiscal.text || "0"} + 其他资金 ${other.text || "0"} = ${sum.toFixed(2)}。`,
    { related: [fiscal, other], expected: sum.toFixed(2), actual: full.text })];
}

/** 预算执行情况: 执行率 = 执行数 ÷ 全年预算, its score, low rates, and the 资金总额 identities. */
export function checkBudget(project: PerformanceProject): Finding[] {
  const lines = project.budget;
  const total = lines.find((l) => l.total);
  const parts = lines.filter((l) => !l.total);
  const perLine = lines.flatMap((line) => [
    ...checkRate(project, line),
    ...checkScore(project, line),
    ...checkLow(project, line, line.total || !total),
    ...checkSplit(project, line),
  ]);
  return total && parts.length > 0 ? [...perLine, ...checkLineSum(project, total, parts)] : perLine;
}
