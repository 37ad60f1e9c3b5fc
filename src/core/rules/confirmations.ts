import type { RowAmounts, TableModel } from "../tables/table-model";
import type { Expr, Rule } from "./rule-ast";
import type { TableSet } from "./table-set";
import type { Check } from "./evaluate";
import { holdsAt, visitPlaces } from "./evaluate";
import { visitTerms, type Frame, type Term, type TermSink } from "./terms";
import { qualifiedAddress } from "../snapshot/address";

/** An equation that holds and names a cell of a failed check: the cell's figure agrees with independent figures. */
export interface Confirmation {
  /** “一般公共预算财政拨款支出决算表 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计” (the rule's name). */
  name: string;
  /** Every cell of the failed checks the equation names (the confirmed one among them). */
  cells: readonly string[];
}

/** The holding equations found for the cells of failed checks, by qualified address. */
export class Confirmations {
  static readonly NONE = new Confirmations(new Map());

  constructor(private readonly byCell: ReadonlyMap<string, readonly Confirmation[]>) {}

  /**
   * An equation that holds with this term's cell and none of the check's other cells, on some other figure printed
   * (a blank cell agreeing with blanks proves nothing): the cell is confirmed independently of the check.
   */
  independent(term: Term, check: Check): Confirmation | undefined {
    const self = addressOf(term);
    const others = new Set([...check.left, ...check.right].map(addressOf));
    others.delete(self);
    return this.byCell.get(self)?.find((c) => c.cells.every((cell) => cell === self || !others.has(cell)));
  }
}

export const addressOf = (term: Term): string => qualifiedAddress(term.cell.sheet, term.cell.row, term.cell.col);

/**
 * Finds, for the cells of the failed equalities left unexplained, the equalities that hold on them. Nothing is
 * visited when there are none (a correct workbook, or every failure explained by one cell's correction); otherwise
 * only the equalities that name a table holding such a cell, at the places that can name it, each once with a sink
 * that passes over every other addend unmade.
 */
export function confirmationsOf(failed: readonly Check[], sets: readonly TableSet[], rules: readonly Rule[]): Confirmations {
  if (failed.length === 0) return Confirmations.NONE;
  const interest = new Interest(failed);
  const byCell = new Map<string, Confirmation[]>();
  for (const set of sets) {
    for (const rule of rules) {
      const tables = tablesOf(rule).map((name) => set.table(name));
      if (rule.comparison !== "=" || !tables.some((t) => interest.hasTable(t))) continue;
      const local = tables.every((t) => t === tables[0]) && readsItsPlaceOnly(rule);
      visitPlaces(
        rule,
        set,
        (frame) => {
          const hits = interest.visit(rule, frame);
          if (!hits || !holdsAt(rule, frame)) return;
          const confirmation = { name: rule.name, cells: hits };
          for (const cell of hits) {
            const list = byCell.get(cell);
            if (list) list.push(confirmation);
            else byCell.set(cell, [confirmation]);
          }
        },
        local ? interest.lines : undefined,
      );
    }
  }
  return new Confirmations(byCell);
}

/** The cells of the failed checks, looked up by table and line first so that most addends are passed over unmade. */
class Interest {
  private readonly tables = new Set<TableModel>();
  /** The lines (of any table) that hold a cell of interest: a rule reading one table need visit only these. */
  readonly lines = new Set<RowAmounts>();
  private readonly cells = new Set<string>();
  private hits: string[] = [];
  private printed = 0;
  private readonly sink: TermSink = (cells, key, table) => {
    if (!cells.isBlank(key)) this.printed++;
    if (!this.tables.has(table) || !this.lines.has(cells)) return;
    const cell = cells.get(key);
    if (!cell) return;
    const address = qualifiedAddress(cell.sheet, cell.row, cell.col);
    if (this.cells.has(address)) this.hits.push(address);
  };

  constructor(failed: readonly Check[]) {
    const rowsByTable = new Map<TableModel, Set<number>>();
    for (const check of failed) {
      for (const term of [...check.left, ...check.right]) {
        this.cells.add(addressOf(term));
        const rows = rowsByTable.get(term.table) ?? new Set<number>();
        rows.add(term.cell.row);
        rowsByTable.set(term.table, rows);
      }
    }
    for (const [table, rows] of rowsByTable) {
      this.tables.add(table);
      for (const line of table.rows) if (rows.has(line.row)) this.lines.add(line.cells);
    }
  }

  hasTable(table: TableModel | undefined): boolean {
    return table !== undefined && this.tables.has(table);
  }

  /** The cells of interest the rule names at this place, when it names one and some figure is printed (else undefined). */
  visit(rule: Rule, frame: Frame): string[] | undefined {
    this.hits = [];
    this.printed = 0;
    if (!visitTerms(rule.left, frame, 1, this.sink) || !visitTerms(rule.right, frame, 1, this.sink)) return undefined;
    return this.hits.length > 0 && this.printed >= 2 ? this.hits : undefined;
  }
}

/** Names of the tables a rule reads: its scope and every table its references name. */
const TABLES = new WeakMap<Rule, string[]>();

function tablesOf(rule: Rule): string[] {
  let names = TABLES.get(rule);
  if (names) return names;
  names = [rule.scope.table];
  collectTables(rule.left, names);
  collectTables(rule.right, names);
  TABLES.set(rule, names);
  return names;
}

/** Every addend is on the place's own line (or its children): no other line named, no class sum. */
function readsItsPlaceOnly(rule: Rule): boolean {
  const own = (expr: Expr): boolean => {
    if (expr.type === "sum") return expr.terms.every((t) => own(t.expr));
    if (expr.type === "ref") return !expr.table && (expr.row === undefined || expr.row === "@") && (expr.single === undefined || rule.scope.kind !== "column");
    return expr.type !== "class-sum" && expr.type !== "rows-under";
  };
  return rule.scope.kind !== "table" && rule.scope.kind !== "column" && own(rule.left) && own(rule.right);
}

function collectTables(expr: Expr, out: string[]): void {
  if (expr.type === "sum") for (const t of expr.terms) collectTables(t.expr, out);
  else if ((expr.type === "ref" || expr.type === "class-sum" || expr.type === "rows-under") && expr.table) out.push(expr.table);
}
