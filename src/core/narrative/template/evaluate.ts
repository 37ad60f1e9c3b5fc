import { Decimal } from "../../numbers/decimal";
import { amountText, type NumberStyle } from "../phrases";
import { noteInput, type EvalContext } from "./eval-context";
import type { Expr } from "./expression";
import { FUNCTIONS } from "./functions";
import { missingMark } from "./gaps";
import type { Node } from "./template";
import { TemplateError, bool, missing, num, str, type RowView, type TableRef, type Value } from "./values";

export function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.k) {
    case "num":
      return num(expr.v);
    case "str":
      return str(expr.v);
    case "name":
      return resolveName(expr.name, ctx);
    case "ref":
      return lookup({ table: expr.parts[0], row: expr.parts[1], column: expr.parts[2] }, ctx);
    case "col":
      return columnOf(evaluate(expr.target, ctx), expr.column, ctx);
    case "field":
      return fieldOf(evaluate(expr.target, ctx), expr.field);
    case "call":
      return callFunction(expr.fn, expr.args, ctx);
    case "unary":
      return unary(expr.op, evaluate(expr.arg, ctx));
    case "bin":
      return binary(expr.op, expr.left, expr.right, ctx);
  }
}

function resolveName(name: string, ctx: EvalContext): Value {
  const variable = ctx.variables.get(name);
  if (variable) return variable;
  const builtin = ctx.builtins.get(name);
  if (builtin) return builtin;
  const definition = ctx.definitions.get(name);
  if (!definition) throw new TemplateError(`模板中使用了未定义的名称“${name}”`);
  // a figure given by name (上年数, or this year's typed figures such as 政府采购支出总额) wins over the tables;
  // a typed one is still a figure the text asks for (its form field stays where it was)
  const known = ctx.source.named(name);
  if (known && definition.k === "call" && definition.fn === "输入") noteInput(name, ctx);
  if (known) return num(known);
  const value = evaluate(definition, ctx);
  return value.t === "missing" ? missing(labelled(name, ctx)) : value;
}

/** Label of a missing figure: its name, “上年…” inside 上年(…). */
export function labelled(label: string, ctx: EvalContext): string {
  return ctx.inPrior ? `上年${label}` : label;
}

export function lookup(ref: TableRef, ctx: EvalContext): Value {
  const value = ctx.source.value(ref);
  return value ? num(value) : missing(labelled(`${ref.table}|${ref.row}|${ref.column}`, ctx));
}

function columnOf(target: Value, column: string, ctx: EvalContext): Value {
  if (target.t === "missing") return target;
  if (target.t !== "row") throw new TemplateError(`只有表格行才能取列“[${column}]”`);
  const ref = { table: target.row.table, row: target.row.key, column };
  const value = ctx.source.value(ref);
  if (value) return num(value);
  const code = target.row.code ? `（${target.row.code}）` : "";
  return missing(labelled(`${target.row.name}${code}${column}`, ctx));
}

const ROW_FIELDS: Record<string, (row: RowView, index: number, count: number) => Value> = {
  名称: (r) => str(r.name),
  编码: (r) => str(r.code ?? ""),
  级次: (r) => num(new Decimal(r.level)),
  序号: (_r, i) => str(String(i + 1)),
  类名: (r) => str(r.className ?? ""),
  款名: (r) => str(r.sectionName ?? ""),
  合计行: (r) => bool(r.total),
  末行: (_r, i, n) => bool(i === n - 1),
};

function fieldOf(target: Value, field: string): Value {
  if (target.t === "missing") return target;
  if (target.t !== "row") throw new TemplateError(`只有表格行才有字段“.${field}”`);
  const get = ROW_FIELDS[field];
  if (!get) throw new TemplateError(`表格行没有字段“${field}”（可用：${Object.keys(ROW_FIELDS).join("、")}）`);
  return get(target.row, target.index, target.count);
}

function callFunction(name: string, args: Expr[], ctx: EvalContext): Value {
  const fn = FUNCTIONS[name];
  if (!fn) throw new TemplateError(`模板中使用了未知的函数“${name}”（可用：${Object.keys(FUNCTIONS).join("、")}）`);
  if (args.length < fn.min || args.length > fn.max) throw new TemplateError(`函数“${name}”的参数个数不对`);
  return fn.call(args, ctx, evaluate);
}

function unary(op: "-" | "非", value: Value): Value {
  if (value.t === "missing") return value;
  if (op === "-") return num(asNumber(value, "-").negated());
  return bool(!truthy(value));
}

function binary(op: string, leftExpr: Expr, rightExpr: Expr, ctx: EvalContext): Value {
  const left = evaluate(leftExpr, ctx);
  if (op === "且" && left.t !== "missing" && !truthy(left)) return bool(false);
  if (op === "或" && left.t !== "missing" && truthy(left)) return bool(true);
  const right = evaluate(rightExpr, ctx);
  if (left.t === "missing") return left;
  if (right.t === "missing") return right;
  if (op === "且" || op === "或") return bool(truthy(right));
  if (op === "=" || op === "!=") return bool(equal(left, right) === (op === "="));
  const a = asNumber(left, op);
  const b = asNumber(right, op);
  switch (op) {
    case "+":
      return num(a.plus(b));
    case "-":
      return num(a.minus(b));
    case "*":
      return num(a.times(b));
    case "/":
      return b.isZero() ? missing("除数为0") : num(a.dividedBy(b));
    case ">":
      return bool(a.greaterThan(b));
    case "<":
      return bool(a.lessThan(b));
    case ">=":
      return bool(a.greaterThanOrEqualTo(b));
    default:
      return bool(a.lessThanOrEqualTo(b));
  }
}

function equal(a: Value, b: Value): boolean {
  const x = numericOf(a);
  const y = numericOf(b);
  if (x && y) return x.equals(y);
  return display(a) === display(b);
}

function numericOf(value: Value): Decimal | undefined {
  if (value.t === "num") return value.v;
  return value.t === "str" && /^-?\d+(\.\d+)?$/.test(value.v) ? new Decimal(value.v) : undefined;
}

export function asNumber(value: Value, where: string): Decimal {
  if (value.t === "num") return value.v;
  throw new TemplateError(`“${where}”需要数字，得到的是“${display(value)}”`);
}

export function truthy(value: Value): boolean {
  if (value.t === "bool") return value.v;
  if (value.t === "num") return !value.v.isZero();
  if (value.t === "str") return value.v !== "";
  return value.t === "row";
}

function display(value: Value, style: NumberStyle = "fixed"): string {
  switch (value.t) {
    case "num":
      return amountText(value.v, 2, style);
    case "str":
      return value.v;
    case "bool":
      return value.v ? "是" : "否";
    case "row":
      return value.row.name;
    case "missing":
      return missingMark(value.label);
  }
}

/** Text of a value inside a paragraph; a missing value becomes a visible placeholder and is reported. */
export function interpolate(value: Value, ctx: EvalContext): string {
  if (value.t === "missing") {
    if (!ctx.report.missing.includes(value.label)) ctx.report.missing.push(value.label);
  }
  return display(value, ctx.style);
}

/** Renders a section body to text (paragraphs separated by newlines, not yet trimmed). */
export function render(nodes: Node[], ctx: EvalContext): string {
  return nodes.map((node) => renderNode(node, ctx)).join("");
}

function renderNode(node: Node, ctx: EvalContext): string {
  switch (node.k) {
    case "text":
      return node.v;
    case "expr":
      return interpolate(evaluate(node.e, ctx), ctx);
    case "if": {
      const cond = evaluate(node.cond, ctx);
      if (cond.t === "missing") return interpolate(cond, ctx);
      return render(truthy(cond) ? node.then : node.else, ctx);
    }
    case "each":
      return renderEach(node, ctx);
  }
}

function renderEach(node: Extract<Node, { k: "each" }>, ctx: EvalContext): string {
  const rows = ctx.source.rows(node.table);
  if (!rows) return interpolate(missing(`${node.table}`), ctx);
  const chosen = rows.filter((row) => {
    if (!node.filter) return true;
    const keep = evaluate(node.filter, withVariable(ctx, node.variable, { t: "row", row, index: 0, count: rows.length }));
    return keep.t !== "missing" && truthy(keep);
  });
  const count = chosen.length;
  return chosen.map((row, index) => render(node.body, withVariable(ctx, node.variable, { t: "row", row, index, count }))).join("");
}

function withVariable(ctx: EvalContext, name: string, value: Value): EvalContext {
  const variables = new Map(ctx.variables);
  variables.set(name, value);
  return { ...ctx, variables };
}
