import { Decimal } from "../numbers/decimal";
import { FUNCTION_CLASSES } from "../recognition/classification-names";
import type { TableModel, TableRow } from "../tables/table-model";
import type { RowView, TableRef, ValueSource } from "./template/values";

const WAN = new Decimal(10000);
const ZERO = new Decimal(0);
/** Lines an empty table states as 0: its 合计 and the 三公 items. */
const ZERO_WHEN_EMPTY = new Set(["合计", "因公出国费", "公务用车费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "国内接待费", "国外接待费"]);
/** Tables whose printed emptiness says there was nothing to spend (a 三公 table without figures: no 三公 spending). */
const EMPTY_MEANS_NONE = /“三公”经费/;
const CLASS_NAME_BY_CODE = new Map(Object.entries(FUNCTION_CLASSES).map(([name, code]) => [code, name]));

/** Template values read from recognised tables: tables by canonical title (or printed title), amounts in 万元. */
export class TableValueSource implements ValueSource {
  constructor(private readonly tables: readonly TableModel[]) {}

  /**
   * A value in 万元. An empty table published with its 无数据 note, or a 三公 table printed without figures, is
   * legitimately empty: its totals and standard items are 0 (not its counts, nor extra lines such as 机关运行经费, which it does not state).
   */
  value(ref: TableRef): Decimal | undefined {
    const table = this.table(ref.table);
    if (table?.isEmpty && (table.emptyNote || EMPTY_MEANS_NONE.test(table.kind.title))) return ZERO_WHEN_EMPTY.has(ref.row) ? ZERO : undefined;
    const row = table && findRow(table, ref.row);
    const cell = row?.cells.get(ref.column);
    if (!table || !cell) return undefined;
    return cell.value.times(table.unitScale).dividedBy(WAN);
  }

  rows(title: string): RowView[] | undefined {
    const table = this.table(title);
    return table?.rows.map((row) => rowView(table, row));
  }

  named(): Decimal | undefined {
    return undefined;
  }

  private table(title: string): TableModel | undefined {
    return this.tables.find((t) => t.kind.title === title) ?? this.tables.find((t) => t.title === title || t.kind.id === title);
  }
}

function findRow(table: TableModel, key: string): TableRow | undefined {
  return table.rows.find((r) => r.key === key) ?? table.rows.find((r) => r.code === key) ?? table.rows.find((r) => r.name === key);
}

function rowView(table: TableModel, row: TableRow): RowView {
  const ancestor = (level: number): string | undefined => {
    if (!row.code || (row.level ?? 0) <= level) return undefined;
    const prefix = row.code.slice(0, level === 1 ? 3 : 5);
    const found = table.rows.find((r) => r.code === prefix);
    return found?.name ?? (level === 1 ? CLASS_NAME_BY_CODE.get(prefix) : undefined);
  };
  return {
    table: table.kind.title,
    key: row.key,
    code: row.code,
    name: row.name,
    level: row.level ?? 0,
    className: ancestor(1),
    sectionName: ancestor(2),
    total: row.total ?? false,
  };
}
