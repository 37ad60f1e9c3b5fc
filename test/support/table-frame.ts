import { Block, type TableId } from "./block";
import type { LayoutOptions } from "./layout";
import type { UnitAccounts } from "./unit-accounts";

/** What every table renderer needs: the unit's accounts and the layout. */
export interface TableContext {
  accounts: UnitAccounts;
  unit: number;
  layout: LayoutOptions;
}

const TABLE_NUMBERS: Record<TableId, number> = { J01: 1, J02: 2, J03: 3, J04: 4, J05: 5, J06: 6, J07: 7, J08: 8, J09: 9 };

export function newBlock(id: TableId, ctx: TableContext, width: number): Block {
  const yuan = ctx.layout.yuanTables.includes(id);
  return new Block(id, ctx.unit, width, {
    yuan,
    format: yuan ? "#,##0.00" : ctx.layout.amountFormat,
    zero: ctx.layout.zeroStyle,
  });
}

/**
 * Optional report heading, title merged across, table number at the right, 部门 and unit. Returns the next row.
 */
export function renderFrame(block: Block, title: string, ctx: TableContext): number {
  const top = ctx.layout.reportHeading ? 1 : 0;
  if (top) block.line(0, `第二部分 ${ctx.accounts.department} 2023 年度部门决算表`);
  block.line(top, (ctx.layout.titlePrefix ? "2023年度" : "") + title);
  const n = TABLE_NUMBERS[block.table];
  if (ctx.layout.tableCodes !== "none")
    block.put(top + 1, block.width - 1, ctx.layout.tableCodes === "公开" ? `公开${String(n).padStart(2, "0")}表` : `表${n}`);
  block.put(top + 2, 0, `部门：${ctx.accounts.department}`);
  block.put(top + 2, block.width - 1, block.style.yuan ? "单位：元" : "金额单位：万元");
  return top + 3;
}

/** A row repeating one word (“决算数”) under the amount columns, when the layout prints one. Returns the next row. */
export function renderSubHeader(block: Block, ctx: TableContext, row: number, amountCols: number[]): number {
  if (!ctx.layout.subHeader) return row;
  for (const c of amountCols) block.put(row, c, "决算数");
  return row + 1;
}

/** Note lines merged across below the body. */
export function renderNotes(block: Block, row: number, notes: string[]): number {
  notes.forEach((note, i) => block.line(row + i, note));
  return row + notes.length;
}
