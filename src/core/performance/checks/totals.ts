import type { Finding } from "../../findings/finding";
import { Decimal, ZERO } from "../../numbers/decimal";
import type { BudgetLine, NumberCell, PerformanceProject } from "../model";
import { performanceFinding, plain, projectLabel } from "../report";
import { SCORE_GRADES } from "../vocabulary";

/** The 预算执行率 line carrying the weight (权重 10) and its score. */
export function budgetWeightLine(project: PerformanceProject): BudgetLine | undefined {
  return project.budget.find((l) => l.cells.weight?.value !== undefined);
}

function sum(cells: (NumberCell | undefined)[]): Decimal {
  return cells.reduce((acc, c) => acc.plus(c?.value ?? ZERO), ZERO);
}

function weighted(project: PerformanceProject): boolean {
  return project.indicators.some((r) => r.weight?.value !== undefined);
}

/** Σ weights of the project, 预算执行率 weight included. */
export function weightSum(project: PerformanceProject): Decimal {
  return sum(project.indicators.map((r) => r.weight)).plus(budgetWeightLine(project)?.cells.weight?.value ?? ZERO);
}

/**
 * The expected Σ weights: 100 when the project has a 预算执行 weight; otherwise the option, or (auto) 90 when
 * every project without a budget weight sums to 90, else 100.
 */
export function weightConvention(projects: PerformanceProject[], option: "auto" | 90 | 100): number {
  if (option !== "auto") return option;
  const plainTargets = projects.filter((p) => weighted(p) && !budgetWeightLine(p));
  return plainTargets.length > 0 && plainTargets.every((p) => weightSum(p).eq(90)) ? 90 : 100;
}

function checkWeightSum(project: PerformanceProject, convention: number): Finding[] {
  if (!weighted(project)) return [];
  const budget = budgetWeightLine(project)?.cells.weight;
  const expected = budget ? 100 : convention;
  const total = weightSum(project);
  if (total.eq(expected)) return [];
  const anchor = project.total?.weight ?? project.nameCell ?? project.indicators[0].name;
  const parts = budget ? `预算执行率权重 ${plain(budget.value ?? ZERO)} + 指标权重 ${plain(total.minus(budget.value ?? ZERO))}` : `各指标权重之和`;
  return [
    performanceFinding("PERF.weight.sum", project, anchor, `${projectLabel(project)}：${parts} = ${plain(total)}，应为 ${expected}。`, {
      related: [budget, ...project.indicators.map((r) => r.weight)],
      expected: String(expected),
      actual: plain(total),
    }),
  ];
}

function checkTotalRow(project: PerformanceProject): Finding[] {
  const total = project.total;
  if (!total) return [];
  const out: Finding[] = [];
  const budget = budgetWeightLine(project);
  const weights = weightSum(project);
  if (total.weight?.value !== undefined && weighted(project) && !total.weight.value.eq(weights)) {
    out.push(
      performanceFinding(
        "PERF.total.weight",
        project,
        total.weight,
        `${projectLabel(project)}：合计权重填报 ${plain(total.weight.value)}，各项权重（含预算执行率）之和为 ${plain(weights)}。`,
        { expected: plain(weights), actual: plain(total.weight.value) },
      ),
    );
  }
  const scoreCells = [budget?.cells.score, ...project.indicators.map((r) => r.score)];
  const scores = sum(scoreCells);
  if (total.score?.value !== undefined && !total.score.value.eq(scores)) {
    out.push(
      performanceFinding(
        "PERF.total.score",
        project,
        total.score,
        `${projectLabel(project)}：合计得分填报 ${plain(total.score.value)}，预算执行率得分与各指标得分之和为 ${plain(scores)}。`,
        { related: scoreCells, expected: plain(scores), actual: plain(total.score.value) },
      ),
    );
  }
  return [...out, ...checkGrade(project)];
}

export function gradeFor(score: Decimal): string {
  return (SCORE_GRADES.find((g) => score.gte(g.min)) ?? SCORE_GRADES[SCORE_GRADES.length - 1]).grade;
}

function checkGrade(project: PerformanceProject): Finding[] {
  const total = project.total;
  const score = total?.score?.value;
  if (!total?.grade || score === undefined) return [];
  const expected = gradeFor(score);
  if (total.grade.text.startsWith(expected)) return [];
  return [
    performanceFinding(
      "PERF.total.grade",
      project,
      total.grade,
      `${projectLabel(project)}：总分 ${plain(score)} 对应等级应为“${expected}”，填报为“${total.grade.text}”。`,
      { related: [total.score], expected, actual: total.grade.text },
    ),
  ];
}

/** Σ 权重 against the convention, the 合计 row, and the grade. */
export function checkTotals(project: PerformanceProject, convention: number): Finding[] {
  return [...checkWeightSum(project, convention), ...checkTotalRow(project)];
}
