import type { Finding } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import type { WorkbookSnapshot } from "../../snapshot/types";
import { SheetGrid } from "../grid";
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
    sheet.cells.forEach((line, row) => line.forEach((cell, col) => {
      if (typeof cell?.value !== "string" || !cell.value.includes("执行率")) return;
      for (const sentence of cell.value.split(/[。\n]/)) {
        const m = RATE_IN_TEXT.exec(sentence);
        if (m) claims.push({ cell: grid.source(row, col), sentence: compact(sentence), rate: m[1] });
      }
    }));
  }
  return claims;
}

function tableRate(line: BudgetLine): Decimal | undefined {
  const { full, executed, rate } = line.cells;
  if (full?.value && !full.value.isZero() && executed?.value !== undefined) return executed.value.dividedBy(full.value);
  return rate?.value;
}

function checkClaim(project: PerformanceProject, line: BudgetLine, claim: RateClaim): Finding[] {
  const expected = tableRate(line);
  if (expected === undefined) return [];
  const stated = new Decimal(claim.rate).dividedBy(100);
  const places = (claim.rate.split(".")[1]?.length ?? 0) + 2;
  if (expected.toDecimalPlaces(places).eq(stated)) return [];
  const { full, executed, rate } = line.cells;
  return [performanceFinding("PERF.text.rate", project, claim.cell,
    `${projectLabel(project)}：文字中预算执行率为 ${claim.rate}%，按 执行数 ${executed?.text} ÷ 全年预算数 ${full?.text} 计算应为 ${percent2(expected)}（自评表预算执行率 ${rate?.text ?? "未填"}）。`,
    { related: [rate, executed, full], expected: percent2(expected), actual: `${claim.rate}%` })];
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
