import { tableRow, totalLine, type TableRow } from "../tables/table-model";
import { CellLayout, RowCells } from "./row-cells";
import type { SheetSnapshot } from "../snapshot/types";

/**
 * 基本支出表 printed as one list (科目编码 | 科目名称 | 人员经费 | 公用经费) carries 人员经费合计 and 公用经费合计 as the
 * 合计 line's cells of those columns. The rules read them as lines (人员经费合计 = 301 + 303 in every column), so
 * each becomes a line of its own: a view of that one cell, under its column's key and under 金额 (as the
 * side-by-side layouts print it).
 */
export function totalsFromColumns(rows: TableRow[], sheet: SheetSnapshot, columnTotals: Record<string, string>): TableRow[] {
  const total = totalLine(rows);
  if (!total) return [];
  const added: TableRow[] = [];
  for (const [line, column] of Object.entries(columnTotals)) {
    const cell = total.cells.get(column);
    if (!cell || rows.some((r) => r.key === line)) continue;
    const layout = new CellLayout([
      { key: column, col: cell.col },
      { key: "金额", col: cell.col },
    ]);
    const row = tableRow(line, line, total.row, new RowCells(layout, sheet.name, total.row, sheet.cells[total.row]));
    row.total = true;
    row.derived = true;
    added.push(row);
  }
  return added;
}
