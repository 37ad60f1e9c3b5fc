import type { Finding } from "../../findings/finding";
import { Decimal, HUNDRED, ZERO } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived } from "../../numbers/verdict";
import { cellInterval, executionInterval, executionRate, shownUnit, statedPercent } from "../amounts";
import type { BudgetField, BudgetLine, NumberCell, PerformanceProject } from "../model";
import { performanceFinding, percent2, plain, projectLabel } from "../report";
import type { PerformanceRuleId } from "../rules";
import { LOW_EXECUTION_RATE } from "../vocabulary";

function lineName(project: PerformanceProject, line: BudgetLine): string {
  const label = line.label && !line.total ? `（${line.label}）` : "";
  return `${projectLabel(project)}${label}`;
}

/** “98.43%–101.60%”: what the printed amounts allow. */
function range(allowed: RoundingInterval): string {
  return `${allowed.low.toFixed(2)}%–${allowed.high.toFixed(2)}%`;
}

/** 预算执行率 against 执行数 ÷ 全年预算数, judged on what the printed amounts allow (verdict.ts). */
function checkRate(project: PerformanceProject, line: BudgetLine): Finding[] {
  const { rate, executed, full } = line.cells;
  const stated = rate && statedPercent(rate);
  const allowed = executionInterval(line);
  const computed = executionRate(line);
  if (!rate || !stated || !allowed || computed === undefined) return [];
  const verdict = judgeDerived(stated.value, stated.unit, allowed);
  if (verdict === "equal") return [];
  const subject = `${lineName(project, line)}·预算执行率`;
  const steps = [
    `预算执行率 = 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} = ${percent2(computed)}`,
    `按两数的四舍五入范围，执行率可在 ${range(allowed)} 之间`,
    `填报 ${rate.text}`,
  ];
  const related = [executed, full];
  if (verdict === "rounding") {
    return [
      performanceFinding(
        "PERF.budget.rate",
        project,
        rate,
        `${lineName(project, line)}：预算执行率填报 ${rate.text}，按 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} 计算为 ${percent2(computed)}，只差最后一位，属四舍五入尾差，请确认。`,
        { related, rounding: true, subject, steps, headline: `${subject} ${rate.text} 与计算值 ${percent2(computed)} 只差最后一位（四舍五入尾差），无需修改` },
      ),
    ];
  }
  return [
    performanceFinding(
      "PERF.budget.rate",
      project,
      rate,
      `${lineName(project, line)}：预算执行率填报 ${rate.text}，按 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} 计算应为 ${percent2(computed)}。`,
      { related, expected: percent2(computed), actual: rate.text, subject, steps },
    ),
  ];
}

/** The execution rate as a percentage interval: from the amounts, else from the printed rate. */
function rateInterval(line: BudgetLine): RoundingInterval | undefined {
  const fromAmounts = executionInterval(line);
  if (fromAmounts) return fromAmounts;
  const stated = line.cells.rate && statedPercent(line.cells.rate);
  return stated ? RoundingInterval.of(stated.value, stated.unit) : undefined;
}

function rateOf(line: BudgetLine): Decimal | undefined {
  return executionRate(line) ?? line.cells.rate?.value;
}

/** min(rate, 100%) × 权重 as an interval. */
function scoreInterval(rate: RoundingInterval, weight: Decimal): RoundingInterval {
  const capped = (v: Decimal) => Decimal.min(v, HUNDRED).times(weight).dividedBy(HUNDRED);
  return new RoundingInterval(capped(rate.low), capped(rate.high));
}

function checkScore(project: PerformanceProject, line: BudgetLine): Finding[] {
  const weight = line.cells.weight?.value;
  const score = line.cells.score;
  const rate = rateOf(line);
  const interval = rateInterval(line);
  if (!weight || !score?.value || rate === undefined || !interval) return [];
  if (rate.gte(LOW_EXECUTION_RATE) && score.value.eq(weight)) return []; // regions giving full marks above 90%
  const verdict = judgeDerived(score.value, shownUnit(score), scoreInterval(interval, weight));
  if (verdict === "equal") return [];
  const expected = Decimal.min(rate, 1).times(weight).toDecimalPlaces(2).toFixed();
  const subject = `${lineName(project, line)}·预算执行率得分`;
  const steps = [`得分 = min(执行率 ${percent2(rate)}, 100%) × 权重 ${plain(weight)} = ${expected}`, `填报 ${score.text}`];
  const related = [line.cells.rate, line.cells.weight];
  if (verdict === "rounding") {
    return [
      performanceFinding(
        "PERF.budget.score",
        project,
        score,
        `${lineName(project, line)}：预算执行率得分填报 ${score.text}，按 min(执行率 ${percent2(rate)}, 100%) × 权重 ${plain(weight)} 为 ${expected}，只差最后一位，属四舍五入尾差，请确认。`,
        { related, rounding: true, subject, steps, headline: `${subject} ${score.text} 与计算值 ${expected} 只差最后一位（四舍五入尾差），无需修改` },
      ),
    ];
  }
  return [
    performanceFinding(
      "PERF.budget.score",
      project,
      score,
      `${lineName(project, line)}：预算执行率得分填报 ${score.text}，按 min(执行率 ${percent2(rate)}, 100%) × 权重 ${plain(weight)} 应为 ${expected}。`,
      { related, expected, actual: score.text, subject, steps },
    ),
  ];
}

function checkLow(project: PerformanceProject, line: BudgetLine, standalone: boolean): Finding[] {
  const rate = rateOf(line);
  if (!standalone || rate === undefined || rate.gte(LOW_EXECUTION_RATE) || line.cells.reason?.text) return [];
  if (!line.cells.full?.value || line.cells.full.value.isZero()) return [];
  const anchor = line.cells.rate ?? line.cells.executed;
  if (!anchor) return [];
  return [
    performanceFinding("PERF.budget.low", project, anchor, `${lineName(project, line)}：预算执行率 ${percent2(rate)} 低于 90%，未说明原因。`, {
      related: [line.cells.executed, line.cells.full],
      subject: `${lineName(project, line)}·预算执行率`,
      steps: [`执行率 ${percent2(rate)} < 90%`, "原因栏为空"],
    }),
  ];
}

/** A total against the sum of its parts, judged by verdict.ts: equal, a rounding tail (warning) or an error. */
function sumFinding(
  project: PerformanceProject,
  rule: PerformanceRuleId,
  total: NumberCell,
  parts: (NumberCell | undefined)[],
  what: string,
  detail: string,
): Finding[] {
  const sum = parts.reduce((acc, c) => acc.plus(c?.value ?? ZERO), ZERO);
  const verdict = judgeAmounts(total.value ?? ZERO, cellInterval(total), sum, sumIntervals(parts.map((c) => cellInterval(c))));
  if (verdict === "equal") return [];
  const steps = [`${detail} = ${sum.toFixed(2)}`, `填报 ${total.text}，相差 ${(total.value ?? ZERO).minus(sum).abs().toFixed(2)}`];
  const subject = `${projectLabel(project)}·${what}`;
  if (verdict === "rounding") {
    return [
      performanceFinding(
        rule,
        project,
        total,
        `${projectLabel(project)}：${what}填报 ${total.text}，${detail} = ${sum.toFixed(2)}，差额在四舍五入尾差范围内，请确认。`,
        { related: parts, rounding: true, subject, steps, headline: `${subject} ${total.text} 与明细之和 ${sum.toFixed(2)} 差额为四舍五入尾差，无需修改` },
      ),
    ];
  }
  return [
    performanceFinding(rule, project, total, `${projectLabel(project)}：${what}填报 ${total.text}，${detail} = ${sum.toFixed(2)}。`, {
      related: parts,
      expected: sum.toFixed(2),
      actual: total.text,
      subject,
      steps,
    }),
  ];
}

const SUM_FIELDS: readonly [BudgetField, string][] = [
  ["initial", "年初预算"],
  ["full", "全年预算"],
  ["executed", "执行数"],
];

function checkLineSum(project: PerformanceProject, total: BudgetLine, parts: BudgetLine[]): Finding[] {
  return SUM_FIELDS.flatMap(([field, name]) => {
    const cell = total.cells[field];
    if (!cell?.value) return [];
    const partCells = parts.map((p) => p.cells[field]);
    const detail = parts.map((p) => `${p.label.replace(/^其中[:：]/, "")} ${p.cells[field]?.text || "0"}`).join(" + ");
    return sumFinding(project, "PERF.budget.sum", cell, partCells, `${name}“${total.label}”`, detail);
  });
}

function checkSplit(project: PerformanceProject, line: BudgetLine): Finding[] {
  const { full, fiscal, other } = line.cells;
  if (!full?.value || !fiscal || !other) return [];
  const label = line.label && !line.total ? `（${line.label}）` : "";
  return sumFinding(project, "PERF.budget.split", full, [fiscal, other], `资金总额${label}`, `财政拨款 ${fiscal.text || "0"} + 其他资金 ${other.text || "0"}`);
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
