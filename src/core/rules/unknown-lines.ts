import type { TableModel, TableRow } from "../tables/table-model";
import type { Check } from "./evaluate";
import { TABLE_KINDS } from "../recognition/table-kinds";
import { ZERO } from "../numbers/decimal";
import { HeldCache } from "../cache/held-cache";

/**
 * Lines of an item table outside its 合计: those its kind does not know (a 其他 line printed in a 三公 table) and
 * those it knows as outside (会议费, 培训费 beside the 三公 items), made once per table.
 */
const UNKNOWN = new HeldCache<TableModel, TableRow[]>("unknown lines");

function unknownLines(table: TableModel): TableRow[] {
  return UNKNOWN.of(table, findUnknownLines);
}

function findUnknownLines(table: TableModel): TableRow[] {
  const spec = table.kind.rowScheme === "items" ? TABLE_KINDS.find((k) => k.id === table.kind.id) : undefined;
  const rows = spec?.rows;
  const known = new Set(Object.keys(rows ?? {}).filter((key) => !spec?.outsideTotal?.includes(key)));
  return rows ? table.rows.filter((r) => !known.has(r.key) && !r.count && !r.total && !r.derived) : [];
}

/**
 * A total of an item table that exceeds its items by exactly the amounts of its lines outside the 合计, in the same
 * column (a 三公 合计 that also counts the 会议费 printed below): the lines it includes, else
 * undefined. Such a total is a question of what the table covers, not a wrong figure.
 */
export function totalWithUnknownLines(check: Check): TableRow[] | undefined {
  if (check.rule.comparison !== "=" || check.left.length !== 1) return undefined;
  const { table, cell } = check.left[0];
  const lines = unknownLines(table);
  if (lines.length === 0) return undefined;
  const column = table.columns.find((c) => c.col === cell.col)?.key;
  if (!column) return undefined;
  const printed = lines.filter((line) => !line.cells.isBlank(column));
  let sum = ZERO;
  for (const line of printed) sum = sum.plus(line.cells.get(column)!.value.times(table.unitScale));
  return printed.length > 0 && sum.equals(check.difference) ? printed : undefined;
}
