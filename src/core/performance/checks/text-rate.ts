import type { Finding } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentUnit } from "../../numbers/verdict";
import { executionInterval, executionRate, statedPercent } from "../amounts";
import type { WorkbookSnapshot } from "../../snapshot/types";
import { SheetGrid } from "../../recognition/sheet-grid";
import { compact } from "../../text/normalize";
import type { BudgetLine, PerformanceProject, SourceCell } from "../model";
import { performanceFinding, percent2, projectLabel } from "../report";

const RATE_IN_TEXT = /执行率为?\s*([\d.]+)\s*[%％]/;

interface RateClaim {
  cell: SourceCell;
  sentence: string;
  rate: string;
}

/** Sentences of the workbook's text cells that state a 预算执行率. */
function rateClaims(snapshot: WorkbookSnapshot): RateClaim[] {
  const claims: RateClaim[] = [];
  for (const sheet of snapshot.sheets) {
    const grid = new SheetGrid(sheet);
    sheet.cells.forEach((line, row) =>
      line.forEach((cell, col) => {
        if (typeof cell?.value !== "string" || !cell.value.includes("执行率")) return;
        for (const sentence of cell.value.split(/[。\n]/)) {
          const m = RATE_IN_TEXT.exec(sentence);
          if (m) claims.push({ cell: grid.source(row, col), sentence: compact(sentence), rate: m[1] });
        }
      }),
    );
  }
  return claims;
}

/** The table's rate (a fraction) and the percentage interval its printed figures allow. */
function tableRate(line: BudgetLine): { rate: Decimal; allowed: RoundingInterval } | undefined {
  const fromAmounts = executionRate(line);
  const allowed = executionInterval(line);
  if (fromAmounts !== undefined && allowed) return { rate: fromAmounts, allowed };
  const stated = line.cells.rate && statedPercent(line.cells.rate);
  return stated && line.cells.rate?.value ? { rate: line.cells.rate.value, allowed: RoundingInterval.of(stated.value, stated.unit) } : undefined;
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
  const steps = [
    `自评表：执行数 ${executed?.text ?? "未填"} ÷ 全年预算数 ${full?.text ?? "未填"} = ${expected}（表中执行率 ${rate?.text ?? "未填"}）`,
    `文字：“${claim.sentence}”`,
  ];
  if (verdict === "rounding") {
    return [
      performanceFinding(
        "PERF.text.rate",
        project,
        claim.cell,
        `${projectLabel(project)}：文字中预算执行率为 ${claim.rate}%，按自评表计算为 ${expected}，只差最后一位，属四舍五入尾差，请确认。`,
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
      claim.cell,
      `${projectLabel(project)}：文字中预算执行率为 ${claim.rate}%，按 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} 计算应为 ${expected}（自评表预算执行率 ${rate?.text ?? "未填"}）。`,
      { related: [rate, executed, full], expected, actual: `${claim.rate}%`, subject, steps },
    ),
  ];
}

/** A 预算执行率 quoted in the 情况说明 text must equal the one of the project's 自评表. */
export function checkTextRates(snapshot: WorkbookSnapshot, projects: PerformanceProject[]): Finding[] {
  if (projects.length === 0) return [];
  const claims = rateClaims(snapshot);
  return projects.flatMap((project) => {
    const line = project.budget.find((l) => l.total) ?? project.budget[0];
    const name = compact(projectLabel(project));
    if (!line || project.table.scope !== "项目支出" || name.length < 2) return [];
    return claims.filter((c) => c.sentence.includes(name)).flatMap((c) => checkClaim(project, line, c));
  });
}
