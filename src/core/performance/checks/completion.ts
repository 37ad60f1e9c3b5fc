import type { Finding } from "../../findings/finding";
import type { Decimal } from "../../numbers/decimal";
import { comparable, formulaScore, isMet } from "../compare";
import type { IndicatorRow, PerformanceProject } from "../model";
import { fixed2, indicatorLabel, performanceFinding, plain } from "../report";

function targetText(row: IndicatorRow): string {
  const t = row.targetValue;
  if (!t) return "";
  if (row.operator === "定性" || t.number === undefined) return t.grade ?? t.text;
  return `${row.operator ?? ""}${plain(t.number)}${t.unit ?? row.unit?.text ?? ""}`;
}

function actualText(row: IndicatorRow): string {
  const a = row.actualValue;
  if (!a) return "";
  if (a.operator || a.number === undefined) return a.text;
  return `${plain(a.number)}${a.unit ?? row.unit?.text ?? ""}`;
}

/** “完成值“10%”未达到指标值“<10%”” with the unit conversion when one was needed. */
function comparison(row: IndicatorRow, met: boolean): string {
  const note = comparable(row)?.note;
  return `完成值“${actualText(row)}”${note ? `（${note}）` : ""}${met ? "达到" : "未达到"}指标值“${targetText(row)}”`;
}

function formulaText(row: IndicatorRow, weight: Decimal): string {
  const expected = formulaScore(row);
  if (!expected || expected.gte(weight)) return "";
  return `，按常用公式计算得分约为 ${fixed2(expected)}`;
}

function checkMissed(project: PerformanceProject, row: IndicatorRow, weight: Decimal, score: Decimal): Finding[] {
  const cell = row.score ?? row.name;
  const related = [row.actual, row.target, row.weight];
  if (score.gte(weight)) {
    return [
      performanceFinding(
        "PERF.completion.missed-full",
        project,
        cell,
        `${indicatorLabel(project, row.name)}：${comparison(row, false)}，却得满分 ${plain(score)}（权重 ${plain(weight)}）${formulaText(row, weight)}。`,
        { related, actual: plain(score) },
      ),
    ];
  }
  const out: Finding[] = [];
  if (!row.reason) {
    out.push(
      performanceFinding(
        "PERF.completion.missed-reason",
        project,
        cell,
        `${indicatorLabel(project, row.name)}：${comparison(row, false)}，得分 ${plain(score)}（权重 ${plain(weight)}），但未填写偏差原因。`,
        { related },
      ),
    );
  }
  const expected = formulaScore(row);
  if (expected && !expected.toDecimalPlaces(2).eq(score.toDecimalPlaces(2))) {
    out.push(
      performanceFinding(
        "PERF.score.formula",
        project,
        cell,
        `${indicatorLabel(project, row.name)}：${comparison(row, false)}；填报得分 ${plain(score)}，按常用公式计算为 ${fixed2(expected)}（权重 ${plain(weight)}）。`,
        { related, expected: fixed2(expected), actual: plain(score) },
      ),
    );
  }
  return out;
}

function checkRow(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const weight = row.weight?.value;
  const score = row.score?.value;
  if (!weight || !score || !row.score) return [];
  if (score.gt(weight)) {
    return [
      performanceFinding("PERF.score.over", project, row.score, `${indicatorLabel(project, row.name)}：得分 ${plain(score)} 超过权重 ${plain(weight)}。`, {
        related: [row.weight],
        expected: `≤ ${plain(weight)}`,
        actual: plain(score),
      }),
    ];
  }
  const met = isMet(row);
  if (met === false) return checkMissed(project, row, weight, score);
  if (met === true && score.lt(weight) && !row.reason) {
    return [
      performanceFinding(
        "PERF.completion.met-reduced",
        project,
        row.score,
        `${indicatorLabel(project, row.name)}：${comparison(row, true)}，得分 ${plain(score)} 却低于权重 ${plain(weight)}，且未说明扣分原因。`,
        { related: [row.actual, row.target, row.weight], actual: plain(score) },
      ),
    ];
  }
  return [];
}

/** 完成值 against 指标值, and 得分 against 权重 (自评表). */
export function checkCompletion(project: PerformanceProject): Finding[] {
  return project.indicators.flatMap((row) => checkRow(project, row));
}
