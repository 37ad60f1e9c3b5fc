import type { Finding } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, type Verdict } from "../../numbers/verdict";
import { whereOf } from "../../paragraphs/paragraph";
import { sentences } from "../../text/sentences";
import { parseCellAddress, qualifiedAddress } from "../../snapshot/address";
import { targetDescription } from "../compare";
import type { IndicatorRow, PerformanceProject } from "../model";
import { indicatorLabel, performanceFinding, projectLabel } from "../report";
import type { PerformanceRuleId } from "../rules";
import { extractFigures, type ReportFigure } from "../self-report/figures";
import { bestMatch, fits, named, tableValue, unitOf, type TableValue } from "../self-report/match";
import { attributeParagraphs, type ReportParagraph } from "../self-report/paragraphs";
import { convertValue, normaliseUnit, perDimension, unitKind, type NormalUnit } from "../units";

function paragraphAddress(paragraph: ReportParagraph): string[] {
  if (!paragraph.sheet || !paragraph.cell) return [];
  const { row, col } = parseCellAddress(paragraph.cell);
  return [qualifiedAddress(paragraph.sheet, row, col)];
}

/** The clause that states the figure: “县级补助标准为55.4元/人.年”. */
function quote(figure: ReportFigure): string {
  const clause = figure.context.split(/[，,；;。]/).pop() ?? "";
  return `${clause}${figure.text}`;
}

interface Evidence {
  project: PerformanceProject;
  row: IndicatorRow;
  paragraph: ReportParagraph;
  /** What the report says, as a quote or a derivation. */
  says: string;
  steps: string[];
}

/** 完成值 (自评表) or 指标值 (目标表) that the report's value does not fit; undefined when one of them fits. */
function disagreeing(row: IndicatorRow, judge: (v: TableValue) => Verdict): TableValue | undefined {
  const actual = tableValue(row, "actual");
  const target = tableValue(row, "target");
  const compared = [actual, target].filter((v): v is TableValue => v !== undefined);
  if (compared.length === 0 || compared.some((v) => judge(v) !== "error")) return undefined;
  return actual ?? target;
}

function finding(rule: PerformanceRuleId, e: Evidence, shown: TableValue): Finding {
  const label = indicatorLabel(e.project, e.row.name);
  const column = shown.cell === e.row.actual ? "完成值" : "指标值";
  const target = e.row.target ? `（指标值 ${targetDescription(e.row)}）` : "";
  return performanceFinding(
    rule,
    e.project,
    shown.cell,
    `${label}：自评表${column}为 ${shown.text}${column === "完成值" ? target : ""}，而报告${whereOf(e.paragraph)}${e.says}，两者不一致，请核对自评表或报告。`,
    {
      related: [e.row.target],
      relatedAddresses: paragraphAddress(e.paragraph),
      subject: `${projectLabel(e.project)}·${e.row.name.text}·${column}`,
      headline: `${label} ${column} ${shown.text} 与报告中的数字不一致（${e.says}）：请核对`,
      steps: [`自评表 ${qualifiedAddress(shown.cell.sheet, shown.cell.row, shown.cell.col)}：${column} ${shown.text}`, ...e.steps],
    },
  );
}

/** A figure in the indicator's unit, with the interval its printed digits allow. */
function inUnit(figure: ReportFigure, unit: NormalUnit): { value: Decimal; interval: RoundingInterval } {
  return {
    value: convertValue(figure.value, figure.unit, unit),
    interval: RoundingInterval.of(figure.value, figure.precision).scale(figure.unit.factor.dividedBy(unit.factor)),
  };
}

/** At most this many other figures are tried as parts of a table value. */
const MAX_PARTS = 6;

/**
 * The sentence gives the table's value as parts: figures of the same unit, this one among them, add up to it
 * (到龄 25167人 + 未到龄 30196人 = 55363人 for “老征地到龄人数和未到龄人数”).
 */
function addsUp(figure: ReportFigure, figures: ReportFigure[], unit: NormalUnit, table: TableValue): boolean {
  const others = figures
    .filter((f) => f !== figure && f.unit.dimension === figure.unit.dimension && perDimension(f.unit) === perDimension(figure.unit))
    .slice(0, MAX_PARTS);
  for (let mask = 1; mask < 1 << others.length; mask++) {
    const parts = [figure, ...others.filter((_, i) => mask & (1 << i))].map((f) => inUnit(f, unit));
    const value = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
    const interval = parts.reduce((acc, p) => acc.plus(p.interval), RoundingInterval.ZERO);
    if (judgeAmounts(value, interval, table.value, table.interval) !== "error") return true;
  }
  return false;
}

/** A value the report states for an indicator (“县级补助标准为55.4元/人.年”) against the table's. */
function statedValue(
  project: PerformanceProject,
  paragraph: ReportParagraph,
  figure: ReportFigure,
  figures: ReportFigure[],
): { evidence: Evidence; shown: TableValue } | undefined {
  const row = bestMatch(
    project.indicators.filter((r) => fits(r, figure.unit) && named(r, figure.context)),
    figure.context,
  );
  const unit = row && unitOf(row);
  if (!row || !unit) return undefined;
  const { value, interval } = inUnit(figure, unit);
  const shown = disagreeing(row, (v) => judgeAmounts(value, interval, v.value, v.interval));
  if (!shown || addsUp(figure, figures, unit, shown)) return undefined;
  const says = `写明“${quote(figure)}”`;
  return { evidence: { project, row, paragraph, says, steps: [`报告${whereOf(paragraph)}：“${quote(figure)}”`] }, shown };
}

/**
 * A per-person figure the report lets one compute: one amount and one count of what the indicator is per
 * (1602.86万元 ÷ 289325人 = 55.40元/人), against a 元/人 indicator named in the sentence.
 */
function derivedValue(
  project: PerformanceProject,
  paragraph: ReportParagraph,
  sentence: string,
  figures: ReportFigure[],
): { evidence: Evidence; shown: TableValue; step: string } | undefined {
  const perPerson = project.indicators.filter((r) => {
    const u = unitOf(r);
    return u && unitKind(u) === "money" && perDimension(u) !== "" && unitKind(normaliseUnit(perDimension(u)) ?? u) === "count";
  });
  const row = bestMatch(perPerson, sentence);
  const unit = row && unitOf(row);
  if (!row || !unit) return undefined;
  const amounts = figures.filter((f) => unitKind(f.unit) === "money" && !f.unit.per);
  const counts = figures.filter((f) => f.unit.dimension === perDimension(unit) && !f.unit.per);
  if (amounts.length !== 1 || counts.length !== 1 || counts[0].value.isZero()) return undefined;
  const [amount, count] = [amounts[0], counts[0]];
  const money = RoundingInterval.of(amount.value, amount.precision).scale(amount.unit.factor.dividedBy(unit.factor));
  const people = RoundingInterval.of(count.value, count.precision).scale(count.unit.factor);
  if (!people.low.greaterThan(0)) return undefined;
  const allowed = new RoundingInterval(money.low.dividedBy(people.high), money.high.dividedBy(people.low));
  const computed = convertValue(amount.value, amount.unit, unit).dividedBy(count.value.times(count.unit.factor));
  const step = `报告${whereOf(paragraph)}：${amount.text} ÷ ${count.text} = ${computed.toFixed(2)}${row.unit?.text ?? ""}`;
  const shown = disagreeing(row, (v) => judgeDerived(v.value, v.interval.high.minus(v.interval.low), allowed));
  if (!shown) return undefined;
  const says = `的 ${amount.text} ÷ ${count.text} = ${computed.toFixed(2)}`;
  return { evidence: { project, row, paragraph, says, steps: [step] }, shown, step };
}

/**
 * 自评表 against its report: a 完成值 or standard stated in the 项目自评报告 / 整体绩效评价报告 (or the 情况说明),
 * or derived from its amounts and counts, that differs from the table's value for the same indicator. The
 * indicator is found by its 度量单位 and the words around the figure; a tie finds nothing. One finding per
 * indicator; a derivation that confirms the stated figure is added to its reasoning.
 */
export function checkReportText(paragraphs: ReportParagraph[], projects: PerformanceProject[]): Finding[] {
  const byRow = new Map<IndicatorRow, Finding>();
  for (const { paragraph, project } of attributeParagraphs(paragraphs, projects)) {
    for (const sentence of sentences(paragraph.text)) {
      const figures = extractFigures(sentence.text);
      for (const figure of figures) {
        const hit = statedValue(project, paragraph, figure, figures);
        if (hit && !byRow.has(hit.evidence.row)) byRow.set(hit.evidence.row, finding("PERF.report.value", hit.evidence, hit.shown));
      }
      const derived = derivedValue(project, paragraph, sentence.text, figures);
      if (!derived) continue;
      const known = byRow.get(derived.evidence.row);
      if (known) known.steps = [...(known.steps ?? []), derived.step];
      else byRow.set(derived.evidence.row, finding("PERF.report.derived", derived.evidence, derived.shown));
    }
  }
  return [...byRow.values()];
}
