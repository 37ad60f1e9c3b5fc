import { tableRow, type TableRow } from "../tables/table-model";
import { CellLayout, RowCells } from "./row-cells";
import type { SheetSnapshot } from "../snapshot/types";
import { CARRY_LINES, FUNDS } from "./funds";

/**
 * 财政拨款收入支出决算总表 prints the 年初/年末 财政拨款结转和结余 by fund either as lines under the total (沾益:
 * “一、一般公共预算财政拨款 21.63” on the income side) or across the fund columns of the total's own line (上海:
 * 年末财政拨款结转和结余 | 21.63 | 21.63 | | ). Lines are what the rules read (年末财政拨款结转和结余/一般公共预算财政拨款),
 * so the second layout gets those lines, each a view of its fund's cell on the total's line.
 * When the line prints only its 合计 and a single fund has money in the whole table, that fund's share is the 合计.
 */
export function splitCarryOverByFund(rows: TableRow[], sheet: SheetSnapshot): TableRow[] {
  const added: TableRow[] = [];
  const keys = new Set(rows.map((r) => r.key));
  const active = fundsWithMoney(rows);
  for (const line of rows) {
    if (!CARRY_LINES.includes(line.key) || !line.cells.has("合计")) continue;
    for (const fund of FUNDS) {
      const key = `${line.key}/${fund}`;
      if (keys.has(key)) continue;
      const col = fundColumn(line, fund, active);
      if (col === undefined) continue;
      const cells = new RowCells(new CellLayout([{ key: "合计", col }]), sheet.name, line.row, sheet.cells[line.row]);
      const row = tableRow(key, fund, line.row, cells);
      row.side = line.side;
      row.level = 1;
      row.derived = true;
      added.push(row);
      keys.add(key);
    }
  }
  return added;
}

/** Where a fund's carry-over is printed on the total's line: its own column, or the 合计 when it alone has money. */
function fundColumn(line: TableRow, fund: string, active: readonly string[]): number | undefined {
  const anySplit = FUNDS.some((f) => line.cells.has(f) && !line.cells.isBlank(f));
  if (anySplit || line.cells.isBlank("合计")) return line.cells.get(fund)?.col;
  if (active.length === 1 && active[0] === fund) return line.cells.get("合计")?.col;
  return undefined;
}

/** The funds some line of the table prints an amount for. */
function fundsWithMoney(rows: readonly TableRow[]): string[] {
  const active: string[] = [];
  for (const fund of FUNDS) {
    for (const r of rows) {
      if (!r.cells.has(fund) || r.cells.isBlank(fund)) continue;
      active.push(fund);
      break;
    }
  }
  return active;
}
