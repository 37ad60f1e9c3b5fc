import type { CellRef, Expr, Rule } from "./rule-ast";
import { columnCandidates, isKnownColumn, isKnownRow, kindNames, rowCandidates, TABLE_NAMES, type KindNames } from "./rule-names";
import { RuleSyntaxError } from "./rule-syntax-error";
import { nearest } from "../text/nearest";

/** Scopes whose frames have a current row: [名称] is a column of it (see visitSingle in terms.ts). */
const ROW_SCOPES = new Set(["row", "class-row", "code-row", "parent"]);

/**
 * Checks every table, row and column name of a rule against the table kinds. Throws a RuleSyntaxError naming the
 * line: “规则第 3 行：没有名为“支出决算标”的表，是否应为“支出决算表”？”.
 */
export function checkRuleNames(rule: Rule, scopeLine: number, checkLine: number): void {
  const scopeNames = tableNames(rule.scope.table, scopeLine);
  const visit = (expr: Expr): void => {
    if (expr.type === "sum") for (const term of expr.terms) visit(term.expr);
    else if (expr.type === "ref") checkRef(expr, scopeNames, ROW_SCOPES.has(rule.scope.kind), checkLine);
    else if (expr.type === "class-sum" || expr.type === "rows-under") {
      const names = expr.table ? tableNames(expr.table, checkLine) : scopeNames;
      if (expr.column) column(names, expr.column, checkLine);
    }
  };
  visit(rule.left);
  visit(rule.right);
}

function checkRef(ref: CellRef, scopeNames: KindNames, rowScope: boolean, line: number): void {
  const names = ref.table ? tableNames(ref.table, line) : scopeNames;
  if (ref.single !== undefined) {
    // In a row scope the name is a column of the current row (of the scope's table), else a row of the table.
    if (rowScope) column(scopeNames, ref.single, line);
    else row(names, ref.single, line);
    return;
  }
  if (ref.row !== undefined) row(names, ref.row, line);
  if (ref.column !== undefined) column(names, ref.column, line);
}

function tableNames(table: string, line: number): KindNames {
  const names = kindNames(table);
  if (!names) throw new RuleSyntaxError(`没有名为“${table}”的表${suggestion(table, TABLE_NAMES)}`, line);
  return names;
}

function row(names: KindNames, name: string, line: number): void {
  if (isKnownRow(names, name)) return;
  throw new RuleSyntaxError(
    `《${names.kind.title}》没有名为“${name}”的行${suggestion(name, rowCandidates(names))}（行写作科目编码、合计或表中的标准行名）`,
    line,
  );
}

function column(names: KindNames, name: string, line: number): void {
  if (isKnownColumn(names, name)) return;
  throw new RuleSyntaxError(`《${names.kind.title}》没有名为“${name}”的列${suggestion(name, columnCandidates(names))}`, line);
}

function suggestion(name: string, candidates: readonly string[]): string {
  const near = nearest(name, candidates);
  return near ? `，是否应为“${near}”？` : "";
}
