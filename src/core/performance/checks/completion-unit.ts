import type { Finding } from "../../findings/finding";
import { isMet } from "../compare";
import type { IndicatorRow, PerformanceProject } from "../model";
import { indicatorLabel, performanceFinding, plain, projectLabel } from "../report";
import { convertValue, normaliseUnit, relateUnits, type NormalUnit } from "../units";

/** The unit the indicator is measured in: its 度量单位 column, else the unit written in 指标值. */
function measuredIn(row: IndicatorRow): string | undefined {
  return row.unit?.text || row.targetValue?.unit;
}

function targetText(row: IndicatorRow): string {
  const t = row.targetValue;
  if (!t?.number) return row.target?.text ?? "";
  return `${row.operator && row.operator !== "定性" ? row.operator : ""}${plain(t.number)}${t.unit ?? row.unit?.text ?? ""}`;
}

function subjectOf(project: PerformanceProject, row: IndicatorRow): string {
  return `${projectLabel(project)}·${row.name.text}·完成值`;
}

/**
 * 完成值 written with a unit of the same dimension as 度量单位 (1.74万元 for 元/年): compared after conversion,
 * and pointed out, stating both units and the converted comparison.
 */
function convertible(project: PerformanceProject, row: IndicatorRow, from: NormalUnit, to: NormalUnit, unit: string): Finding[] {
  const actual = row.actualValue!;
  const converted = convertValue(actual.number!, from, to);
  const met = isMet(row);
  const verdict = met === undefined ? "" : met ? "，达到指标值" : "，未达到指标值";
  const comparison = `折合 ${plain(converted)}${unit}，与指标值 ${targetText(row)} 比较${verdict}`;
  return [
    performanceFinding(
      "PERF.unit.differs",
      project,
      row.actual!,
      `${indicatorLabel(project, row.name)}的完成值“${actual.text}”单位为“${actual.unit}”，度量单位为“${unit}”，两者不同；${comparison}。请按度量单位填写完成值（${plain(converted)}）。`,
      {
        related: [row.unit, row.target],
        subject: subjectOf(project, row),
        headline: `${indicatorLabel(project, row.name)} 完成值“${actual.text}”与度量单位“${unit}”不同：${comparison}，请按度量单位填写`,
        steps: [
          `完成值 ${plain(actual.number!)}${actual.unit} = ${plain(actual.number!)} × ${plain(from.factor)} ÷ ${plain(to.factor)} = ${plain(converted)}${unit}`,
          `指标值 ${targetText(row)}${verdict ? `：${verdict.slice(1)}` : ""}`,
        ],
      },
    ),
  ];
}

/** 人次 for 人, 个 for 家: the same kind of measure that cannot be converted — a warning stating both. */
function related(project: PerformanceProject, row: IndicatorRow, unit: string): Finding[] {
  const actual = row.actualValue!;
  return [
    performanceFinding(
      "PERF.unit.differs",
      project,
      row.actual!,
      `${indicatorLabel(project, row.name)}的完成值“${actual.text}”单位为“${actual.unit}”，度量单位为“${unit}”，两者不能换算，无法与指标值 ${targetText(row)} 比较；请核对完成值或度量单位。`,
      {
        related: [row.unit, row.target],
        subject: subjectOf(project, row),
        headline: `${indicatorLabel(project, row.name)} 完成值单位“${actual.unit}”与度量单位“${unit}”不同且不能换算：请核对`,
        steps: [`完成值 ${actual.text}：单位 ${actual.unit}`, `度量单位 ${unit}`, `${actual.unit} 与 ${unit} 计量的不是同一个量，不能换算`],
      },
    ),
  ];
}

/** 元 for %, 个 for 分钟: an error — the 完成值 cannot describe this indicator. */
function incompatible(project: PerformanceProject, row: IndicatorRow, unit: string): Finding[] {
  const actual = row.actualValue!;
  return [
    performanceFinding(
      "PERF.unit.incompatible",
      project,
      row.actual!,
      `${indicatorLabel(project, row.name)}的完成值“${actual.text}”单位为“${actual.unit}”，而度量单位为“${unit}”，不是同一类量，无法与指标值 ${targetText(row)} 比较；请按度量单位填写完成值。`,
      {
        related: [row.unit, row.target],
        subject: subjectOf(project, row),
        headline: `${indicatorLabel(project, row.name)} 完成值“${actual.text}”的单位与度量单位“${unit}”不相容：请按度量单位填写`,
        steps: [`完成值 ${actual.text}：单位 ${actual.unit}`, `度量单位 ${unit}`, `${actual.unit} 与 ${unit} 不是同一类量`],
      },
    ),
  ];
}

function checkRow(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const actual = row.actualValue;
  const unit = measuredIn(row);
  if (actual?.number === undefined || !actual.unit || !unit || !row.actual) return [];
  const from = normaliseUnit(actual.unit);
  const to = normaliseUnit(unit);
  if (!from || !to) return [];
  switch (relateUnits(from, to)) {
    case "same":
      return [];
    case "convertible":
      return convertible(project, row, from, to, unit);
    case "related":
      return related(project, row, unit);
    default:
      return incompatible(project, row, unit);
  }
}

/** 完成值 in the indicator's 度量单位 (自评表). */
export function checkCompletionUnits(project: PerformanceProject): Finding[] {
  return project.indicators.flatMap((row) => checkRow(project, row));
}
