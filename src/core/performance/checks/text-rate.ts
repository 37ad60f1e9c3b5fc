import type { Finding } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentUnit } from "../../numbers/verdict";
import { executionInterval, executionRate, statedPercent } from "../amounts";
import { whereOf } from "../../paragraphs/paragraph";
import { parseCellAddress } from "../../snapshot/address";
import type { ReportParagraph } from "../self-report/paragraphs";
import { compact } from "../../text/normalize";
import type { BudgetLine, PerformanceProject, SourceCell } from "../model";
import { performanceFinding, percent2, projectLabel } from "../report";

const RATE_IN_TEXT = /执行率为?\s*([\d.]+)\s*[%％]/;

interface RateClaim {
  paragraph: ReportParagraph;
  /** The paragraph's cell; a paragraph of a file (--text) has none and is named by its number. */
  cell?: SourceCell;
  sentence: string;
  rate: string;
}

/** Sentences of the report text (the prose sheets' paragraphs, or the --text file's) that state a 预算执行率. */
function rateClaims(paragraphs: readonly ReportParagraph[]): RateClaim[] {
  const claims: RateClaim[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph.text.includes("执行率")) continue;
    const cell = paragraph.sheet && paragraph.cell ? sourceOf(paragraph.sheet, paragraph.cell, paragraph.text) : undefined;
    for (const sentence of paragraph.text.split("。")) {
      const m = RATE_IN_TEXT.exec(sentence);
      if (m) claims.push({ paragraph, cell, sentence: compact(sentence), rate: m[1] });
    }
  }
  return claims;
}

function sourceOf(sheet: string, address: string, text: string): SourceCell {
  return { sheet, ...parseCellAddress(address), address, text };
}

/** The table's rate (a fraction) and the percentage interval its printed figures allow. */
function tableRate(line: BudgetLine): { rate: Decimal; allowed: RoundingInterval } | undefined {
  const fromAmounts = executionRate(line);
  const allowed = executionInterval(line);
  if (fromAmounts !== undefined && allowed) return { rate: fromAmounts, allowed };
  const stated = line.cells.rate && statedPercent(line.cells.rate);
  return stated && line.cells.rate?.value ? { rate: line.cells.rate.value, allowed: RoundingInterval.of(stated.value, stated.unit) } : undefined;
}

/** A paragraph of a file has no cell: its finding names the paragraph (“第12段：…”), as the 情况说明 checks do. */
function anchored(claim: RateClaim, message: string): [SourceCell, string] {
  if (claim.cell) return [claim.cell, message];
  return [{ sheet: "", row: -1, col: -1, address: "", text: claim.paragraph.text }, `${whereOf(claim.paragraph)}：${message}`];
}

function checkClaim(project: PerformanceProject, line: BudgetLine, claim: RateClaim): Finding[] {
  const table = tableRate(line);
  if (!table) return [];
  const places = claim.rate.split(".")[1]?.length ?? 0;
  const verdict = judgeDerived(new Decimal(claim.rate), percentUnit(places), table.allowed);
  if (verdict === "equal") return [];
  const { full, executed, rate } = line.cells;
  const expected = percent2(table.rate);
  const subject = `${projectLabel(project)}·文字中的预算执行率`;
  const at = (message: string) => anchored(claim, message);
  const steps = [
    `自评表：执行数 ${executed?.text ?? "未填"} ÷ 全年预算数 ${full?.text ?? "未填"} = ${expected}（表中执行率 ${rate?.text ?? "未填"}）`,
    `文字：“${claim.sentence}”`,
  ];
  if (verdict === "rounding") {
    return [
      performanceFinding(
        "PERF.text.rate",
        project,
        ...at(`${projectLabel(project)}：文字中预算执行率为 ${claim.rate}%，按自评表计算为 ${expected}，只差最后一位，属四舍五入尾差，请确认。`),
        {
          related: [rate, executed, full],
          rounding: true,
          subject,
          steps,
          headline: `${subject} ${claim.rate}% 与自评表 ${expected} 只差最后一位（四舍五入尾差），无需修改`,
        },
      ),
    ];
  }
  return [
    performanceFinding(
      "PERF.text.rate",
      project,
      ...at(
        `${projectLabel(project)}：文字中预算执行率为 ${claim.rate}%，按 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} 计算应为 ${expected}（自评表预算执行率 ${rate?.text ?? "未填"}）。`,
      ),
      { related: [rate, executed, full], expected, actual: `${claim.rate}%`, subject, steps },
    ),
  ];
}

/** A 预算执行率 quoted in the 情况说明 text must equal the one of the project's 自评表. */
export function checkTextRates(paragraphs: readonly ReportParagraph[], projects: PerformanceProject[]): Finding[] {
  if (projects.length === 0) return [];
  const claims = rateClaims(paragraphs);
  return projects.flatMap((project) => {
    const line = project.budget.find((l) => l.total) ?? project.budget[0];
    const name = compact(projectLabel(project));
    if (!line || project.table.scope !== "项目支出" || name.length < 2) return [];
    return claims.filter((c) => c.sentence.includes(name)).flatMap((c) => checkClaim(project, line, c));
  });
}
