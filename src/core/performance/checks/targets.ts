import type { Finding } from "../../findings/finding";
import { ZERO } from "../../numbers/decimal";
import { qualifiedAddress } from "../../snapshot/address";
import { compact } from "../../text/normalize";
import { targetDescription, targetSignature } from "../compare";
import type { IndicatorRow, PerformanceProject, SourceCell } from "../model";
import { indicatorLabel, performanceFinding, plain, projectKey, projectLabel } from "../report";

/** 目标表 projects of another workbook (CLI --budget): read like this one's, named by their file in messages. */
export interface TargetWorkbook {
  file: string;
  projects: PerformanceProject[];
}

interface Target {
  project: PerformanceProject;
  /** File name when the 目标表 is in another workbook. */
  file?: string;
}

/** Where a 目标表 cell is: “表6!I14”, or “《2023预算.xlsx》表6!I14” in another workbook. */
function where(target: Target, cell: SourceCell): string {
  const address = qualifiedAddress(cell.sheet, cell.row, cell.col);
  return target.file ? `《${target.file}》${address}` : address;
}

/** A 指标值 in comparable form: operator, value in the base unit; a 定性 value by its words. */
function valueKey(row: IndicatorRow): string | undefined {
  if (row.operator === "定性" || row.targetValue?.number === undefined) {
    const words = row.targetValue?.grade ?? row.targetValue?.text;
    return words ? `定性${compact(words)}` : undefined;
  }
  return targetSignature(row);
}

function describe(row: IndicatorRow): string {
  return row.operator === "定性" || row.targetValue?.number === undefined ? (row.target?.text ?? "") : targetDescription(row);
}

/** Indicators paired by 三级指标 name (in order when a name repeats). */
function pairIndicators(target: PerformanceProject, evaluation: PerformanceProject): { pairs: [IndicatorRow, IndicatorRow][]; dropped: IndicatorRow[] } {
  const open = new Map<string, IndicatorRow[]>();
  for (const row of evaluation.indicators) {
    const key = compact(row.name.text);
    open.set(key, [...(open.get(key) ?? []), row]);
  }
  const pairs: [IndicatorRow, IndicatorRow][] = [];
  const dropped: IndicatorRow[] = [];
  for (const row of target.indicators) {
    const match = open.get(compact(row.name.text))?.shift();
    if (match) pairs.push([row, match]);
    else dropped.push(row);
  }
  return { pairs, dropped };
}

function changedValue(target: Target, planned: IndicatorRow, evaluation: PerformanceProject, reported: IndicatorRow): Finding[] {
  const a = valueKey(planned);
  const b = valueKey(reported);
  if (!a || !b || a === b || !reported.target || !planned.target) return [];
  const label = indicatorLabel(evaluation, reported.name);
  return [
    performanceFinding(
      "PERF.target.changed",
      evaluation,
      reported.target,
      `${label}在自评表中的指标值为“${describe(reported)}”（${reported.target.address}），绩效目标表为“${describe(planned)}”（${where(target, planned.target)}），目标被改动；自评应按批复的目标评价，调整须有依据。`,
      {
        related: target.file ? [] : [planned.target],
        subject: `${projectLabel(evaluation)}·${reported.name.text}·指标值`,
        headline: `${label} 自评表指标值“${describe(reported)}”与绩效目标表“${describe(planned)}”（${where(target, planned.target)}）不同：请核对`,
        steps: [
          `绩效目标表 ${where(target, planned.target)}：${describe(planned)}`,
          `自评表 ${qualifiedAddress(reported.target.sheet, reported.target.row, reported.target.col)}：${describe(reported)}`,
        ],
      },
    ),
  ];
}

function weightSum(rows: IndicatorRow[]) {
  return rows.reduce((acc, r) => acc.plus(r.weight?.value ?? ZERO), ZERO);
}

function changedWeight(target: Target, planned: IndicatorRow, evaluation: PerformanceProject, reported: IndicatorRow): Finding[] {
  const a = planned.weight?.value;
  const b = reported.weight?.value;
  if (a === undefined || b === undefined || a.eq(b) || !reported.weight || !planned.weight) return [];
  const label = indicatorLabel(evaluation, reported.name);
  return [
    performanceFinding(
      "PERF.target.weight",
      evaluation,
      reported.weight,
      `${label}在自评表中的权重为 ${plain(b)}（${reported.weight.address}），绩效目标表为 ${plain(a)}（${where(target, planned.weight)}）。`,
      {
        related: target.file ? [] : [planned.weight],
        subject: `${projectLabel(evaluation)}·${reported.name.text}·权重`,
        headline: `${label} 自评表权重 ${plain(b)} 与绩效目标表 ${plain(a)}（${where(target, planned.weight)}）不同：请核对`,
        steps: [
          `绩效目标表 ${where(target, planned.weight)}：权重 ${plain(a)}`,
          `自评表 ${qualifiedAddress(reported.weight.sheet, reported.weight.row, reported.weight.col)}：权重 ${plain(b)}`,
        ],
      },
    ),
  ];
}

function droppedIndicators(target: Target, evaluation: PerformanceProject, dropped: IndicatorRow[], paired: number): Finding[] {
  const anchor = evaluation.nameCell ?? evaluation.indicators[0]?.name;
  if (dropped.length === 0 || paired < dropped.length || !anchor) return [];
  const names = dropped.map((r) => `“${r.name.text}”（${where(target, r.name)}）`).join("、");
  return [
    performanceFinding("PERF.target.dropped", evaluation, anchor, `${projectLabel(evaluation)}：绩效目标表中的指标${names}在自评表中没有自评。`, {
      subject: `${projectLabel(evaluation)}·绩效指标`,
      steps: dropped.map((r) => `绩效目标表 ${where(target, r.name)}：${r.name.text} ${describe(r)}`),
    }),
  ];
}

function comparePair(target: Target, evaluation: PerformanceProject): Finding[] {
  const { pairs, dropped } = pairIndicators(target.project, evaluation);
  const sameConvention = weightSum(pairs.map(([p]) => p)).eq(weightSum(pairs.map(([, r]) => r)));
  return [
    ...pairs.flatMap(([p, r]) => [...changedValue(target, p, evaluation, r), ...(sameConvention ? changedWeight(target, p, evaluation, r) : [])]),
    ...droppedIndicators(target, evaluation, dropped, pairs.length),
  ];
}

/** The 目标表 of an evaluated project: same scope and name (the only 部门整体 one for the department). */
function targetOf(evaluation: PerformanceProject, targets: Target[]): Target | undefined {
  const sameScope = targets.filter((t) => t.project.table.scope === evaluation.table.scope);
  if (evaluation.table.scope === "部门整体支出" && sameScope.length === 1) return sameScope[0];
  const named = sameScope.filter((t) => projectKey(t.project) === projectKey(evaluation));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * 绩效目标表 (budget year) against 自评表 (final year): the same project's indicators, 指标值 and 权重 agree; a
 * changed target is a warning naming both cells. The 目标表 is in this workbook or in another (`budget`).
 */
export function checkTargets(projects: PerformanceProject[], budget?: TargetWorkbook): Finding[] {
  const targets: Target[] = [
    ...projects.filter((p) => p.table.form === "目标表").map((project) => ({ project })),
    ...(budget?.projects ?? []).filter((p) => p.table.form === "目标表").map((project) => ({ project, file: budget?.file })),
  ];
  if (targets.length === 0) return [];
  return projects
    .filter((p) => p.table.form === "自评表")
    .flatMap((evaluation) => {
      const target = targetOf(evaluation, targets);
      return target ? comparePair(target, evaluation) : [];
    });
}
