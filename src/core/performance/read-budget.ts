import { parseCellNumber, holdsNumber } from "../snapshot/cell-number";
import type { SheetGrid } from "../recognition/sheet-grid";
import { compact } from "../text/normalize";
import type { BudgetField, BudgetLine, NumberCell } from "./model";
import { AMOUNT_FIELDS } from "./model";
import { BLOCK_END_LABEL, BUDGET_HEADERS, BUDGET_TOTAL_LABEL, NAME_LABEL } from "./vocabulary";

/** Column of each 预算执行情况 field, read from one or two header rows. */
export type BudgetColumns = Partial<Record<BudgetField, number>>;

function fieldOf(text: string): BudgetField | undefined {
  const t = compact(text);
  if (!t) return undefined;
  return BUDGET_HEADERS.find(([pattern]) => pattern.test(t))?.[1];
}

function hasNumber(grid: SheetGrid, row: number): boolean {
  for (const c of grid.columns(row)) if (holdsNumber(grid.shownCell(row, c))) return true;
  return false;
}

/** Fields named in a row (a budget header row names at least two of them and holds no number). */
function fieldsInRow(grid: SheetGrid, row: number): Set<BudgetField> {
  const fields = new Set<BudgetField>();
  for (const { text } of grid.shownRowTexts(row)) {
    const f = fieldOf(text);
    if (f) fields.add(f);
  }
  return fields;
}

export function isBudgetHeader(grid: SheetGrid, row: number): boolean {
  const fields = fieldsInRow(grid, row);
  const amounts = [...fields].filter((f) => AMOUNT_FIELDS.includes(f) || f === "rate").length;
  return amounts >= 2 && !hasNumber(grid, row);
}

/** Maps columns from the lowest header row upwards (“总额” under “批复金额”). */
function mapColumns(grid: SheetGrid, headerRows: number[]): BudgetColumns {
  const columns: BudgetColumns = {};
  const cols = [...new Set(headerRows.flatMap((r) => grid.columns(r)))].sort((a, b) => a - b);
  for (const c of cols) {
    const field = [...headerRows]
      .reverse()
      .map((r) => fieldOf(grid.shownText(r, c)))
      .find((f) => f !== undefined);
    if (field && columns[field] === undefined) columns[field] = c;
  }
  return columns;
}

function amountCells(columns: BudgetColumns): number[] {
  return (Object.entries(columns) as [BudgetField, number][]).filter(([f]) => AMOUNT_FIELDS.includes(f) || f === "rate").map(([, c]) => c);
}

function lineLabel(grid: SheetGrid, row: number, firstFieldCol: number): string {
  for (let c = 0; c < firstFieldCol; c++) {
    const t = grid.ownShownText(row, c);
    if (t) return compact(t);
  }
  return "";
}

/** A row is a budget line when its amount cells hold numbers, dashes or nothing, and it is not a heading. */
function isLine(grid: SheetGrid, row: number, columns: BudgetColumns, label: string): boolean {
  if (BLOCK_END_LABEL.test(label) || NAME_LABEL.test(label)) return false;
  const parsed = amountCells(columns).map((c) => parseCellNumber(grid.shownCell(row, c)));
  if (parsed.some((p) => p.kind === "text" || p.kind === "invalid")) return false;
  return label !== "" || parsed.some((p) => p.kind === "number");
}

function readLine(grid: SheetGrid, row: number, columns: BudgetColumns, label: string): BudgetLine {
  const cells: Partial<Record<BudgetField, NumberCell>> = {};
  for (const [field, col] of Object.entries(columns) as [BudgetField, number][]) cells[field] = grid.number(row, col);
  return { row, label, total: BUDGET_TOTAL_LABEL.test(label.replace(/^其中[:：]?/, "")), cells };
}

/** Reads the 预算执行情况 block whose header starts at `headerRow`; stops before `limit`. */
export function readBudgetBlock(grid: SheetGrid, headerRow: number, limit: number): { lines: BudgetLine[]; end: number } {
  const headerRows = [headerRow];
  if (headerRow + 1 < limit && fieldsInRow(grid, headerRow + 1).size > 0 && !hasNumber(grid, headerRow + 1)) {
    headerRows.push(headerRow + 1);
  }
  const columns = mapColumns(grid, headerRows);
  const firstFieldCol = Math.min(...Object.values(columns));
  const lines: BudgetLine[] = [];
  let row = headerRows[headerRows.length - 1] + 1;
  for (; row < limit; row++) {
    const label = lineLabel(grid, row, firstFieldCol);
    if (isBudgetHeader(grid, row) || !isLine(grid, row, columns, label)) break;
    lines.push(readLine(grid, row, columns, label));
  }
  return { lines, end: row };
}
