import type { Severity } from "../findings/finding";

/**
 * A reconciliation rule as written in the catalogue (see README “规则写法”):
 *
 *   rule J03.row error 支出决算表：每行 本年支出合计 = 基本支出 + 项目支出 + …
 *     for each row of 支出决算表
 *     check [本年支出合计] = [基本支出] + [项目支出] + [上缴上级支出?]
 */
export type Scope =
  | { kind: "row"; table: string } // [列] is a column of the current row
  | { kind: "column"; table: string } // [行] is a row in the current column
  | { kind: "class-row"; table: string } // like row, for 类 lines (3-digit codes) only
  | { kind: "code-row"; table: string } // like row, for lines with a subject code
  | { kind: "parent"; table: string } // self = sum(children), every column
  | { kind: "table"; table: string }; // [行, 列] anywhere in the table

export type Comparison = "=" | ">=" | "<=";

/**
 * A reference to a cell. `table` undefined = the scope's table. `row`/`column` undefined = the scope's current
 * one. "@" = the current row (or column) of the scope, looked up in another table. `optional` (written `?`):
 * counts as zero when the table has no such row/column instead of making the rule not apply.
 */
export interface CellRef {
  type: "ref";
  table?: string;
  row?: string;
  column?: string;
  /** One name in brackets ([基本支出]): a column in row scopes, a row in column/table scopes. */
  single?: string;
  optional: boolean;
  /** Source text, for messages. */
  text: string;
}

export type Expr =
  | CellRef
  | { type: "number"; value: string }
  | { type: "children" }
  /** sum(表名 class rows, 列): all 类 lines (3-digit codes) of a table, in a column (default: the scope's). */
  | { type: "class-sum"; table?: string; column?: string }
  /**
   * sum(表名 rows under @, 列): the rows of another table under the current row's code, at the highest level that
   * table prints (the 类 row itself, else its 款 rows, else its 项 rows: 208 → 2080109 + 2080505).
   */
  | { type: "rows-under"; table: string; column?: string }
  | { type: "self" }
  /** a + b − c: the addends in order, each with its sign (a flat list, so a sum of thousands of terms nests nothing). */
  | { type: "sum"; terms: readonly { sign: 1 | -1; expr: Expr }[] };

export interface Rule {
  id: string;
  severity: Severity;
  /** Chinese name shown to the user. */
  name: string;
  scope: Scope;
  left: Expr;
  comparison: Comparison;
  right: Expr;
}
