import type { Finding } from "../../findings/finding";
import { compact } from "../../text/normalize";
import { parseOperator } from "../indicator-value";
import type { IndicatorRow, PerformanceProject } from "../model";
import { indicatorLabel, performanceFinding, plain } from "../report";
import { isPercentUnit, normaliseUnit } from "../units";
import { COST_LEVELS, POSITIVE_OPERATORS } from "../vocabulary";
import { levelName } from "./levels";

function unitText(row: IndicatorRow): string | undefined {
  return row.targetValue?.unit ?? row.unit?.text;
}

function checkNature(project: PerformanceProject, row: IndicatorRow): Finding[] {
  if (!row.nature || parseOperator(row.nature.text)) return [];
  const treated = row.operator === "定性" ? "，其指标值为文字，按定性指标处理" : row.operator ? `，按指标值中的“${row.operator}”处理` : "";
  return [
    performanceFinding(
      "PERF.nature.invalid",
      project,
      row.nature,
      `${indicatorLabel(project, row.name)}的指标性质填写为“${row.nature.text}”，不是 ≥、＞、＝、≤、＜、定性 之一${treated}。`,
      { actual: row.nature.text },
    ),
  ];
}

function checkQualitative(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const out: Finding[] = [];
  const unit = unitText(row);
  if (normaliseUnit(unit)) {
    out.push(
      performanceFinding(
        "PERF.qual.unit",
        project,
        row.unit ?? row.target ?? row.name,
        `${indicatorLabel(project, row.name)}为定性指标（指标值“${row.targetValue?.text ?? ""}”），度量单位却填写“${unit}”；定性指标不应有数值单位。`,
        { related: [row.nature, row.target], actual: unit },
      ),
    );
  }
  if (row.targetValue?.number !== undefined && row.target) {
    out.push(
      performanceFinding(
        "PERF.qual.value",
        project,
        row.target,
        `${indicatorLabel(project, row.name)}为定性指标，指标值却是数字“${row.target.text}”；应填写等级，或将指标性质改为 ≥、≤ 等。`,
        { related: [row.nature] },
      ),
    );
  }
  return out;
}

function isRateName(row: IndicatorRow): boolean {
  return /率$/.test(compact(row.name.text));
}

function checkQuantitative(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const anchor = row.target ?? row.name;
  const value = row.targetValue?.number;
  if (value === undefined) {
    return [
      performanceFinding(
        "PERF.quant.value",
        project,
        anchor,
        `${indicatorLabel(project, row.name)}的指标性质为“${row.operator}”，指标值“${row.target?.text ?? ""}”却不是数字。`,
        { related: [row.nature] },
      ),
    ];
  }
  const unit = unitText(row);
  if (!unit) {
    return [
      performanceFinding(
        "PERF.quant.unit",
        project,
        row.unit ?? anchor,
        `${indicatorLabel(project, row.name)}是定量指标（${row.operator}${plain(value)}），未填写度量单位。`,
        { related: [row.target] },
      ),
    ];
  }
  if (isPercentUnit(unit) && isRateName(row) && value.gt(100)) {
    return [
      performanceFinding("PERF.percent.range", project, anchor, `${indicatorLabel(project, row.name)}是比率，指标值 ${plain(value)}% 超过 100%。`, {
        actual: `${plain(value)}%`,
      }),
    ];
  }
  const normal = normaliseUnit(unit);
  if (isRateName(row) && normal && normal.dimension !== "%") {
    return [
      performanceFinding(
        "PERF.rate.unit",
        project,
        row.unit ?? anchor,
        `${indicatorLabel(project, row.name)}名称是比率，指标值却为 ${plain(value)}${unit}；比率应以“%”计量。`,
        { related: [row.target], actual: unit },
      ),
    ];
  }
  return [];
}

function checkCostDirection(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const isCost = COST_LEVELS.includes(levelName(row.level1)) || COST_LEVELS.includes(levelName(row.level2));
  if (!isCost || !row.operator || !POSITIVE_OPERATORS.includes(row.operator)) return [];
  return [
    performanceFinding(
      "PERF.cost.operator",
      project,
      row.nature ?? row.target ?? row.name,
      `${indicatorLabel(project, row.name)}属于成本指标，指标性质却为“${row.operator}”（${row.targetValue?.text ?? ""}${row.targetValue?.unit ? "" : (row.unit?.text ?? "")}）；成本指标应控制上限（≤），请核对方向或指标归类。`,
      { related: [row.level1, row.level2, row.target] },
    ),
  ];
}

/** 指标性质, 指标值 and 度量单位 of each indicator agree with each other. */
export function checkValues(project: PerformanceProject): Finding[] {
  return project.indicators.flatMap((row) => {
    const out = [...checkNature(project, row), ...checkCostDirection(project, row)];
    if (row.operator === "定性") return [...out, ...checkQualitative(project, row)];
    if (row.operator) return [...out, ...checkQuantitative(project, row)];
    return out;
  });
}
