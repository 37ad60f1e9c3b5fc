import type { Decimal } from "../../numbers/decimal";

/** A reference to one table value by meaning: table title, row (code or item key), column key. */
export interface TableRef {
  table: string;
  row: string;
  column: string;
}

export function refText(ref: TableRef): string {
  return `${ref.table}|${ref.row}|${ref.column}`;
}

/** One row of a table as templates see it (项/类 in loops). */
export interface RowView {
  table: string;
  /** Row key: code ("2080505") or item key ("本年收入合计"). */
  key: string;
  code?: string;
  name: string;
  /** 1 = 类, 2 = 款, 3 = 项; 0 for named lines. */
  level: number;
  /** Names of the 类 and 款 above a code row, when present in the table. */
  className?: string;
  sectionName?: string;
  total: boolean;
}

/**
 * Where template values come from: this year's tables, or last year's figures. Amounts are in 万元.
 */
export interface ValueSource {
  value(ref: TableRef): Decimal | undefined;
  rows(table: string): RowView[] | undefined;
  /** A figure known by name only (the 上年数 sheet / JSON), before any table is consulted. */
  named(name: string): Decimal | undefined;
}

/** What an expression evaluates to. `missing` carries the label shown in 【缺：…】. */
export type Value =
  | { t: "num"; v: Decimal }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "row"; row: RowView; index: number; count: number }
  | { t: "missing"; label: string };

export const num = (v: Decimal): Value => ({ t: "num", v });
export const str = (v: string): Value => ({ t: "str", v });
export const bool = (v: boolean): Value => ({ t: "bool", v });
export const missing = (label: string): Value => ({ t: "missing", label });

/** Thrown for a malformed template; message in Chinese, with the position. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}
