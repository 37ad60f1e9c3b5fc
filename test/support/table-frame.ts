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

/** Title merged across (row 1), table number at the right (row 2), 部门 and unit (row 3). Returns the next row. */
export function renderFrame(block: Block, title: string, ctx: TableContext): number {
  block.line(0, (ctx.layout.titlePrefix ? "2023年度" : "") + title);
  const n = TABLE_NUMBERS[block.table];
  if (ctx.layout.tableCodes !== "none") block.put(1, block.width - 1, ctx.layout.tableCodes === "公开" ? `公开${String(n).padStart(2, "0")}表` : `表${n}`);
  block.put(2, 0, `部门：${ctx.accounts.department}`);
  block.put(2, block.width - 1, block.style.yuan ? "单位：元" : "金额单位：万元");
  return 3;
}

/** Note lines merged across below the body. */
export function renderNotes(block: Block, row: number, notes: string[]): number {
  notes.forEach((note, i) => block.line(row + i, note));
  return row + notes.length;
}
