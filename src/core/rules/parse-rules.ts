import type { Severity } from "../findings/finding";
import type { CellRef, Comparison, Expr, Rule, Scope } from "./rule-ast";
import { checkRuleNames } from "./check-names";
import { RuleSyntaxError } from "./rule-syntax-error";
import { withEnglishKeywords } from "./chinese-keywords";

export { RuleSyntaxError };

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/**
 * Parses the rule notation (a small hand-written parser; nothing is evaluated as code). Every rule id is given once,
 * with one check: a repeated id (“rule J03.row …” twice), a second check under one rule, or an id in `reserved`
 * (the built-in catalogue's, for a user's file) is a RuleSyntaxError naming the line.
 */
export function parseRules(source: string, reserved: ReadonlySet<string> = new Set()): Rule[] {
  return parseLocated(source, reserved).map((located) => located.rule);
}

/**
 * parseRules, then every table, row and column name checked against the table kinds (rule-names.ts): a name no
 * table kind knows is a RuleSyntaxError naming its line and the nearest known name. What the built-in catalogue,
 * the accountant's custom rules and `--rules FILE` go through.
 */
export function parseCheckedRules(source: string, reserved: ReadonlySet<string> = new Set()): Rule[] {
  return parseLocated(source, reserved).map(({ rule, scopeLine, checkLine }) => {
    checkRuleNames(rule, scopeLine, checkLine);
    return rule;
  });
}

/** A parsed rule and the lines of its scope and its check (for messages about its names). */
interface LocatedRule {
  rule: Rule;
  scopeLine: number;
  checkLine: number;
}

function parseLocated(source: string, reserved: ReadonlySet<string>): LocatedRule[] {
  const rules: LocatedRule[] = [];
  const seen = new Map<string, number>();
  let pending: { id: string; severity: Severity; name: string; line: number; scope?: Scope; scopeLine?: number; checked?: number } | undefined;
  source.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    const line = withEnglishKeywords(raw.replace(/#.*$/, "").trim());
    if (!line) return;
    const head = /^rule\s+(\S+)\s+(\S+)\s+(.+)$/.exec(line);
    if (head) {
      if (!SEVERITIES.includes(head[2] as Severity))
        throw new RuleSyntaxError(`严重程度应为 error / warning / info（或 错误 / 警告 / 提示），而不是“${head[2]}”`, lineNo);
      if (reserved.has(head[1])) throw new RuleSyntaxError(`规则编号“${head[1]}”与内置规则重复，请换一个编号`, lineNo);
      if (seen.has(head[1])) throw new RuleSyntaxError(`规则编号“${head[1]}”重复（第 ${seen.get(head[1])} 行已用过）`, lineNo);
      seen.set(head[1], lineNo);
      pending = { id: head[1], severity: head[2] as Severity, name: head[3].trim(), line: lineNo };
      return;
    }
    if (!pending) throw new RuleSyntaxError("缺少“rule 编号 严重程度 名称”行", lineNo);
    const scope = parseScope(line);
    if (scope) {
      pending.scope = scope;
      pending.scopeLine = lineNo;
      return;
    }
    const check = /^check\s+(.+)$/.exec(line);
    if (!check) throw new RuleSyntaxError(`无法理解“${line}”`, lineNo);
    if (!pending.scope) throw new RuleSyntaxError("check 之前需要 for each … of 表名 或 in 表名", lineNo);
    if (pending.checked)
      throw new RuleSyntaxError(`规则“${pending.id}”已有 check（第 ${pending.checked} 行）：每条规则一个 check，另一个请另起 rule 并换编号`, lineNo);
    pending.checked = lineNo;
    const rule = { id: pending.id, severity: pending.severity, name: pending.name, scope: pending.scope, ...parseCheck(check[1], lineNo) };
    rules.push({ rule, scopeLine: pending.scopeLine ?? lineNo, checkLine: lineNo });
  });
  return rules;
}

function parseScope(line: string): Scope | undefined {
  const each = /^for\s+each\s+(row|column|class\s+row|code\s+row|parent)\s+of\s+(.+)$/.exec(line);
  if (each) {
    const kind = each[1].replace(/\s+/g, "-") as Scope["kind"] & ("row" | "column" | "class-row" | "code-row" | "parent");
    return { kind, table: each[2].trim() };
  }
  const inTable = /^in\s+(.+)$/.exec(line);
  return inTable ? { kind: "table", table: inTable[1].trim() } : undefined;
}

function parseCheck(text: string, lineNo: number): { left: Expr; comparison: Comparison; right: Expr } {
  const m = /^(.*?)\s*(>=|<=|≥|≤|=)\s*(.*)$/.exec(text);
  if (!m) throw new RuleSyntaxError("check 需要 =、>= 或 <= 比较", lineNo);
  const comparison = ({ "≥": ">=", "≤": "<=" } as Record<string, Comparison>)[m[2]] ?? (m[2] as Comparison);
  return { left: parseExpr(m[1], lineNo), comparison, right: parseExpr(m[3], lineNo) };
}

/** expr := term (("+" | "-") term)* ; term := ref | number | children | self */
export function parseExpr(text: string, lineNo: number): Expr {
  const tokens = tokenize(text, lineNo);
  if (tokens.length === 0) throw new RuleSyntaxError("表达式为空", lineNo);
  let pos = 0;
  const term = (): Expr => {
    const t = tokens[pos++];
    if (!t || t === "+" || t === "-") throw new RuleSyntaxError(`表达式“${text}”不完整`, lineNo);
    return parseTerm(t, lineNo);
  };
  const terms: { sign: 1 | -1; expr: Expr }[] = [{ sign: 1, expr: term() }];
  while (pos < tokens.length) {
    const op = tokens[pos++];
    if (op !== "+" && op !== "-") throw new RuleSyntaxError(`“${op}”前缺少 + 或 -`, lineNo);
    terms.push({ sign: op === "+" ? 1 : -1, expr: term() });
  }
  return terms.length === 1 ? terms[0].expr : node({ type: "sum", terms });
}

/** Splits on + and - outside brackets (names such as 国(境)外接待费 contain no +/-). */
function tokenize(text: string, lineNo: number): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (depth < 0) throw new RuleSyntaxError(`括号不配对：“${text}”`, lineNo);
    if (depth === 0 && (ch === "+" || ch === "-")) {
      if (current.trim()) tokens.push(current.trim());
      tokens.push(ch);
      current = "";
    } else current += ch;
  }
  if (depth !== 0) throw new RuleSyntaxError(`括号不配对：“${text}”`, lineNo);
  if (current.trim()) tokens.push(current.trim());
  return tokens;
}

function parseTerm(token: string, lineNo: number): Expr {
  if (token === "sum(children)" || token === "children") return node({ type: "children" });
  if (token === "self") return node({ type: "self" });
  if (/^\d+(\.\d+)?$/.test(token)) {
    if (!/^0+(\.0+)?$/.test(token)) throw new RuleSyntaxError(`规则只比较单元格，不支持常数“${token}”（0 除外）`, lineNo);
    return node({ type: "number", value: token });
  }
  const classSum = /^sum\((.*?)\s*class rows\s*(?:[,，]\s*(.+))?\)$/.exec(token);
  if (classSum) return node({ type: "class-sum", table: classSum[1].trim() || undefined, column: classSum[2]?.trim() });
  const under = /^sum\((.+?)\s+rows under @\s*(?:[,，]\s*(.+))?\)$/.exec(token);
  if (under) return node({ type: "rows-under", table: under[1].trim(), column: under[2]?.trim() });
  const m = /^([^[\]]*)\[([^\]]*)\]$/.exec(token);
  if (!m) throw new RuleSyntaxError(`无法理解“${token}”（单元格引用写作 表名[行, 列] 或 [列]）`, lineNo);
  return parseRef(m[1].trim(), m[2], token);
}

function parseRef(table: string, inside: string, text: string): CellRef {
  const parts = inside.trim().split(/\s*[,，]\s*/);
  const optional = parts.some((p) => p.endsWith("?"));
  const names = parts.map((p) => p.replace(/\?$/, "").trim());
  const ref: CellRef = { type: "ref", table: table || undefined, optional, text };
  return node(names.length === 1 ? { ...ref, single: names[0] } : { ...ref, row: names[0], column: names[1] });
}

/**
 * A node of an expression with every field any node has, in one order (absent ones undefined): the rules visit
 * nodes at every place of every table, and nodes of one shape are read there without a lookup per field.
 */
function node<E extends Expr>(fields: E): E {
  return {
    terms: undefined,
    value: undefined,
    table: undefined,
    row: undefined,
    column: undefined,
    single: undefined,
    optional: undefined,
    text: undefined,
    ...fields,
  };
}
