import { Prng } from "./prng";
import type { AmountSlot, Block, TableId } from "./block";
import { printedValue } from "./block";
import { DEFAULT_LAYOUT, randomLayout, type LayoutOptions } from "./layout";
import type { TableContext } from "./table-frame";
import { generateUnitAccounts, type UnitAccounts } from "./unit-accounts";
import { summaryTable, fiscalSummaryTable } from "./summary-tables";
import { incomeTable, spendingTable, fundTable } from "./code-tables";
import { basicSpendingTable } from "./economic-table";
import { threePublicTable } from "./three-public-table";
import { textSheet } from "./text-sheet";
import { widenAmountColumns } from "./merged-columns";
import { writeFormulaTotals } from "./formula-cells";
import { draftToSnapshot, draftToXlsx, getDraftCell, setDraftCell, type DraftCell, type DraftSheet, type WorkbookDraft } from "./workbook-draft";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";

/**
 * Seeded generator of internally consistent 决算 sets (the nine core tables), exact to the cent, in the
 * layouts real exports use. The result is a draft (cells + merges) plus the truth about every amount
 * position, rendered on demand as a WorkbookSnapshot or as .xlsx bytes.
 */

export { DEFAULT_LAYOUT, randomLayout, type LayoutOptions } from "./layout";
export type { AmountSlot, TableId } from "./block";
export type { WorkbookDraft, DraftCell } from "./workbook-draft";
export { draftToSnapshot, draftToXlsx, countCells, countGridCells } from "./workbook-draft";

export interface GenerateOptions {
  seed: number;
  /** Reporting units (1 = one department's set; more = a county 汇总 with one 部门 line per unit). */
  units?: number;
  /** Layout; options not given are drawn from the seed. */
  layout?: Partial<LayoutOptions>;
  /** Draw every layout option from the seed (default) or start from DEFAULT_LAYOUT. */
  randomize?: boolean;
  /** Multiplier of typical amounts. */
  scale?: number;
  /** Every subject of the catalogue in every unit (long tables, all three 财政拨款 kinds). */
  allSubjects?: boolean;
  name?: string;
}

export interface GeneratedWorkbook {
  draft: WorkbookDraft;
  layout: LayoutOptions;
  units: UnitAccounts[];
  /** Every amount position of every table, placed (sheet, r, c). */
  amounts: AmountSlot[];
}

const TABLE_ORDER: TableId[] = ["J01", "J02", "J03", "J04", "J05", "J06", "J07", "J08", "J09"];

const RENDERERS: Record<TableId, (ctx: TableContext) => Block> = {
  J01: summaryTable,
  J02: incomeTable,
  J03: spendingTable,
  J04: fiscalSummaryTable,
  J05: (ctx) => fundTable(ctx, "general"),
  J06: basicSpendingTable,
  J07: threePublicTable,
  J08: (ctx) => fundTable(ctx, "fund"),
  J09: (ctx) => fundTable(ctx, "capital"),
};

function render(id: TableId, ctx: TableContext): Block {
  const block = RENDERERS[id](ctx);
  return ctx.layout.mergedAmounts.includes(id) ? widenAmountColumns(block, ctx.layout.mergedBody) : block;
}

const PLACES = ["沾益区", "达川区", "峨眉山市", "会泽县", "宣威市"];
const OFFICES = ["医疗保障局", "教育体育局", "卫生健康局", "农业农村局", "住房和城乡建设局", "民政局", "自然资源局", "第一中学"];

export function generateWorkbook(options: GenerateOptions): GeneratedWorkbook {
  const rng = new Prng(options.seed);
  const layout = options.randomize === false ? { ...DEFAULT_LAYOUT, ...options.layout } : randomLayout(rng, options.layout);
  const unitCount = options.units ?? 1;
  const place = rng.pick(PLACES);
  const units = Array.from({ length: unitCount }, (_, i) => {
    const office = OFFICES[(i + options.seed) % OFFICES.length];
    const name = unitCount === 1 ? `${place}${office}` : `${place}${office}第${i + 1}单位`;
    return generateUnitAccounts(rng, name, options.scale ?? 1, options.allSubjects ?? false);
  });
  const blocks = units.map((accounts, unit) => TABLE_ORDER.map((id) => render(id, { accounts, unit, layout })));
  const draft: WorkbookDraft = { name: options.name ?? `generated-${options.seed}.xlsx`, sheets: [] };
  const amounts: AmountSlot[] = [];
  for (const [sheetName, stack] of arrange(blocks, layout, unitCount)) {
    const sheet: DraftSheet = { name: sheetName, rows: [], merges: [] };
    let top = 0;
    for (const block of stack) {
      placeBlock(sheet, block, top, amounts);
      top += block.height + 1 + rng.int(0, 2);
    }
    draft.sheets.push(sheet);
  }
  if (layout.textSheet) draft.sheets.push(textSheet(units));
  writeFormulaTotals(draft, amounts, layout.formulaTotals);
  hide(draft, amounts, layout.hidden);
  if (layout.copiedSheet) copySheet(draft, amounts, amounts.find((a) => a.table === "J03")?.sheet ?? draft.sheets[0].name);
  return { draft, layout, units, amounts };
}

/** Sheets and the blocks stacked in each, in order. */
function arrange(blocks: Block[][], layout: LayoutOptions, unitCount: number): [string, Block[]][] {
  const code = (i: number) => `公开${String(i + 1).padStart(2, "0")}表`;
  switch (layout.arrangement) {
    case "one-sheet":
      return [["Sheet1", blocks.flat()]];
    case "sheet-per-unit":
      return blocks.map((unitBlocks, u) => [unitCount === 1 ? "决算公开表" : `单位${u + 1}`, unitBlocks]);
    default:
      return TABLE_ORDER.map((_, i) => [code(i), blocks.map((unitBlocks) => unitBlocks[i])]);
  }
}

function placeBlock(sheet: DraftSheet, block: Block, top: number, amounts: AmountSlot[]): void {
  block.rows.forEach((line, r) => line.forEach((cell, c) => cell && setDraftCell(sheet, top + r, c, cell)));
  while (sheet.rows.length < top + block.height) sheet.rows.push([]);
  for (const m of block.merges) sheet.merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  for (const a of block.amounts) amounts.push({ ...a, sheet: sheet.name, r: a.r + top });
}

export function toSnapshot(wb: GeneratedWorkbook): WorkbookSnapshot {
  return draftToSnapshot(wb.draft);
}

export function toXlsx(wb: GeneratedWorkbook): Promise<Uint8Array> {
  return draftToXlsx(wb.draft);
}

/** Hides the sheet of the 三公 table, or the rows of 支出决算表's second and last amount lines. */
function hide(draft: WorkbookDraft, amounts: AmountSlot[], what: LayoutOptions["hidden"]): void {
  const table = what === "sheet" ? "J07" : "J03";
  const slots = amounts.filter((a) => a.table === table && a.unit === 0);
  if (what === "none" || slots.length === 0) return;
  const sheet = draft.sheets.find((s) => s.name === slots[0].sheet) as DraftSheet;
  const rows = [...new Set(slots.map((a) => a.r))];
  if (what === "sheet") sheet.hidden = true;
  else sheet.hiddenRows = [rows[1], rows[rows.length - 1]];
}

/** A copy of a sheet inserted after it (“公开03表 (2)”), its amount positions copied too. */
function copySheet(draft: WorkbookDraft, amounts: AmountSlot[], name: string): void {
  const at = draft.sheets.findIndex((s) => s.name === name);
  const original = draft.sheets[at];
  const copy: DraftSheet = {
    name: `${name} (2)`,
    rows: original.rows.map((line) => line.map((c) => c && { ...c })),
    merges: original.merges.map((m) => ({ ...m })),
  };
  draft.sheets.splice(at + 1, 0, copy);
  for (const a of amounts.filter((x) => x.sheet === name)) amounts.push({ ...a, sheet: copy.name });
}

function sheetOf(wb: GeneratedWorkbook, name: string): DraftSheet {
  const sheet = wb.draft.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Replaces the cell of an amount position (text numbers, error values…). */
export function setCell(wb: GeneratedWorkbook, slot: AmountSlot, cell: DraftCell | undefined): void {
  setDraftCell(sheetOf(wb, slot.sheet), slot.r, slot.c, cell);
}

export function getCell(wb: GeneratedWorkbook, slot: AmountSlot): DraftCell | undefined {
  return getDraftCell(sheetOf(wb, slot.sheet), slot.r, slot.c);
}

/** Prints a new exact value (分 of 万元) at an amount position, in the position's unit and format. */
export function setAmount(wb: GeneratedWorkbook, slot: AmountSlot, cents: number): void {
  const format = slot.yuan ? "#,##0.00" : wb.layout.amountFormat;
  setCell(wb, slot, { value: printedValue(cents, slot.yuan), numberFormat: format });
}

/** Amount positions of one table (and unit), optionally one row/column. */
export function slotsOf(wb: GeneratedWorkbook, table: TableId, filter: Partial<Pick<AmountSlot, "unit" | "row" | "column">> = {}): AmountSlot[] {
  return wb.amounts.filter(
    (a) =>
      a.table === table &&
      (filter.unit === undefined || a.unit === filter.unit) &&
      (filter.row === undefined || a.row === filter.row) &&
      (filter.column === undefined || a.column === filter.column),
  );
}
