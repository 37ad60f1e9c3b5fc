import { Decimal } from "../../numbers/decimal";
import { amountText, changePhrase, completionPhrase, percentText, reasonGap, reasonPhrase, sharePhrase } from "../phrases";
import { noteInput, type EvalContext } from "./eval-context";
import type { Expr } from "./expression";
import { TemplateError, bool, missing, num, str, type Value, type ValueSource } from "./values";
import { fillMark } from "./gaps";
import { itemName } from "./gap-labels";

type Evaluate = (expr: Expr, ctx: EvalContext) => Value;

export interface TemplateFunction {
  min: number;
  max: number;
  call(args: Expr[], ctx: EvalContext, evaluate: Evaluate): Value;
}

const ZERO_DIVISOR = "无法计算百分比：分母为0";
/** Where 年初预算(项) looks in this year's budget workbook. */
const BUDGET_TABLE = "一般公共预算支出预算表";

/** Last year when no figures were given: every number is missing (never this year's number). */
const NO_FIGURES: ValueSource = { value: () => undefined, rows: () => undefined, named: () => undefined };

/** Evaluates all arguments; the first missing one is the result (a missing number never becomes a guess). */
function numbers(args: Expr[], ctx: EvalContext, evaluate: Evaluate, fn: string): Decimal[] | Value {
  const out: Decimal[] = [];
  for (const arg of args) {
    const value = evaluate(arg, ctx);
    if (value.t === "missing") return value;
    if (value.t !== "num") throw new TemplateError(`函数“${fn}”需要数字参数`);
    out.push(value.v);
  }
  return out;
}

/** A function of numbers only. */
function numeric(min: number, max: number, fn: string, body: (xs: Decimal[], ctx: EvalContext) => Value): TemplateFunction {
  return {
    min,
    max,
    call(args, ctx, evaluate) {
      const xs = numbers(args, ctx, evaluate, fn);
      return Array.isArray(xs) ? body(xs, ctx) : xs;
    },
  };
}

/** The words of a share: “授予中小企业合同金额占政府采购支出总额的比例” when both parts are named, else “比例”. */
function shareLabel(args: Expr[], ctx: EvalContext): string {
  const [part, whole] = args;
  const named = part.k === "name" && whole.k === "name";
  return `${ctx.inPrior ? "上年" : ""}${named ? `${part.name}占${whole.name}的比例` : "比例"}`;
}

/** A share of two figures; when one is missing, the gap names the share, not the missing amount (said where it stands). */
function share(fn: string, body: (xs: Decimal[], ctx: EvalContext) => Value): TemplateFunction {
  return {
    min: 2,
    max: 2,
    call(args, ctx, evaluate) {
      const xs = numbers(args, ctx, evaluate, fn);
      if (Array.isArray(xs)) return body(xs, ctx);
      return xs.t === "missing" ? missing(shareLabel(args, ctx)) : xs;
    },
  };
}

const orZeroDivisor = (text: string | undefined): Value => (text === undefined ? missing(ZERO_DIVISOR) : str(text));

/** Evaluates an expression as last year: against the prior-year source, labels prefixed 上年. */
function inPrior(arg: Expr, ctx: EvalContext, evaluate: Evaluate): Value {
  if (ctx.inPrior) throw new TemplateError("“上年”不能嵌套使用");
  return evaluate(arg, { ...ctx, inPrior: true, source: ctx.prior ?? NO_FIGURES });
}

/** Evaluates an expression against this year's 预算公开 workbook (--budget, the pane's budget file). */
function inBudget(arg: Expr, ctx: EvalContext, evaluate: Evaluate): Value {
  return evaluate(arg, { ...ctx, source: ctx.budget ?? NO_FIGURES });
}

/** The current and last year's value of 变化(x[, 上年值, …]) / 原因(x[, 上年值, …]). */
function currentAndPrior(args: Expr[], ctx: EvalContext, evaluate: Evaluate): [Decimal, Decimal] | Value {
  const current = evaluate(args[0], ctx);
  const prior = args[1] ? evaluate(args[1], ctx) : inPrior(args[0], ctx, evaluate);
  for (const v of [current, prior]) if (v.t === "missing") return v;
  if (current.t !== "num" || prior.t !== "num") throw new TemplateError("函数“变化”“原因”需要数字参数");
  return [current.v, prior.v];
}

/** What a gap is about: words, or a row named with its code (“行政运行（2010601）”). */
function subjectArg(arg: Expr, ctx: EvalContext, evaluate: Evaluate): string | Value {
  const value = evaluate(arg, ctx);
  if (value.t === "row") return `${value.row.name}${value.row.code ? `（${value.row.code}）` : ""}`;
  return textArg(arg, ctx, evaluate);
}

function textArg(arg: Expr, ctx: EvalContext, evaluate: Evaluate): string | Value {
  const value = evaluate(arg, ctx);
  if (value.t === "missing") return value;
  if (value.t === "str") return value.v;
  if (value.t === "num") return value.v.toString();
  throw new TemplateError("此处需要文字参数");
}

/** The template language's functions, by their Chinese names. */
export const FUNCTIONS: Record<string, TemplateFunction> = {
  /** 金额(x) → “536.92”; 金额(x, 4) with four decimals. */
  金额: numeric(1, 2, "金额", ([x, places], ctx) => str(amountText(x, places ? places.toNumber() : 2, ctx.style))),
  /** 百分比(部分, 整体) → “47.30%”; without a figure, the gap names the share (【缺：A占B的比例】). */
  百分比: share("百分比", ([a, b], ctx) => orZeroDivisor(percentText(a, b, ctx.style))),
  /** 占比(部分, 合计) → “占47.30%”. */
  占比: share("占比", ([a, b], ctx) => orZeroDivisor(sharePhrase(a, b, ctx.style))),
  /** 完成(决算数, 预算数) → “完成预算99.72%”. */
  完成: numeric(2, 2, "完成", ([a, b], ctx) => orZeroDivisor(completionPhrase(a, b, ctx.style))),
  /** 数量(x) → a count as written (“1”, “160”), no forced decimals. */
  数量: numeric(1, 1, "数量", ([x]) => str(x.toFixed())),
  四舍五入: numeric(2, 2, "四舍五入", ([x, places]) => num(x.toDecimalPlaces(places.toNumber(), Decimal.ROUND_HALF_UP))),
  绝对值: numeric(1, 1, "绝对值", ([x]) => num(x.abs())),
  /** 有(x): x is known and not zero. */
  有: numeric(1, 1, "有", ([x]) => bool(!x.isZero())),
  /** 有值(x): x is known and not zero; a missing x is simply false (for optional lines: 上缴上级支出 …). */
  有值: {
    min: 1,
    max: 1,
    call: (args, ctx, evaluate) => {
      const v = evaluate(args[0], ctx);
      return bool(v.t === "num" && !v.v.isZero());
    },
  },
  /** 缺(x): x is not available. */
  缺: { min: 1, max: 1, call: (args, ctx, evaluate) => bool(evaluate(args[0], ctx).t === "missing") },
  /** 上年(x): x as it was last year. */
  上年: { min: 1, max: 1, call: (args, ctx, evaluate) => inPrior(args[0], ctx, evaluate) },
  /** 变化(x) or 变化(x, 上年值[, "支出"]) → “增加A万元，增长B%” / “减少…下降…” / “持平” / “增加A万元（上年无此项支出）”. */
  变化: {
    min: 1,
    max: 3,
    call(args, ctx, evaluate) {
      const values = currentAndPrior(args, ctx, evaluate);
      const noun = args[2] ? textArg(args[2], ctx, evaluate) : "";
      if (!Array.isArray(values)) return values;
      if (typeof noun !== "string") return noun;
      return str(changePhrase(values[0], values[1], noun, ctx.style));
    },
  },
  /** 原因(x) or 原因(x, 上年值[, "公务接待费"]) → “主要变动原因是：【待填写：主要变动原因】。”, or nothing when unchanged. */
  原因: {
    min: 1,
    max: 3,
    call(args, ctx, evaluate) {
      const values = currentAndPrior(args, ctx, evaluate);
      const what = args[2] ? textArg(args[2], ctx, evaluate) : "";
      if (typeof what !== "string") return what;
      const subject = args[0].k === "name" ? itemName(args[0].name) : "";
      // without last year's figure the change is a gap, and so is its reason
      if (!Array.isArray(values)) return values.t === "missing" ? str(reasonGap(what, false, subject)) : values;
      return str(reasonPhrase(values[0], values[1], what, subject));
    },
  },
  /**
   * 年初预算(项): the 项's 年初预算数 — from this year's 预算公开 workbook (一般公共预算支出预算表, same code),
   * else from a 年初预算数 column of the 决算 table itself.
   */
  年初预算: {
    min: 1,
    max: 1,
    call(args, ctx, evaluate) {
      const row = evaluate(args[0], ctx);
      if (row.t === "missing") return row;
      if (row.t !== "row") throw new TemplateError("函数“年初预算”需要一个表格行（如 项）");
      const fromBudget = row.row.code ? ctx.budget?.value({ table: BUDGET_TABLE, row: row.row.code, column: "合计" }) : undefined;
      const own = ctx.source.value({ table: row.row.table, row: row.row.key, column: "年初预算数" });
      const value = fromBudget ?? own;
      return value ? num(value) : missing(`${row.row.name}${row.row.code ? `（${row.row.code}）` : ""}年初预算数`);
    },
  },
  /** 预算(x): x read from this year's 预算公开 workbook (年初预算数 by 项, 三公 budgets). */
  预算: { min: 1, max: 1, call: (args, ctx, evaluate) => inBudget(args[0], ctx, evaluate) },
  /** 输入("政府采购支出总额"): a figure the accountant types in (form field); a visible gap until given. */
  输入: {
    min: 1,
    max: 1,
    call(args, ctx, evaluate) {
      const name = textArg(args[0], ctx, evaluate);
      if (typeof name !== "string") return name;
      noteInput(name, ctx);
      const given = ctx.source.named(name);
      return given ? num(given) : missing(name);
    },
  },
  /** 首个(a, b, …): the first value that is available. */
  首个: {
    min: 1,
    max: 10,
    call(args, ctx, evaluate) {
      let last: Value = missing("");
      for (const arg of args) {
        last = evaluate(arg, ctx);
        if (last.t !== "missing") return last;
      }
      return last;
    },
  },
  /** 取("表名", 行, "列"): a table value whose row is computed (e.g. 项.编码). */
  取: {
    min: 3,
    max: 3,
    call(args, ctx, evaluate) {
      const parts = args.map((a) => textArg(a, ctx, evaluate));
      const bad = parts.find((p): p is Value => typeof p !== "string");
      if (bad) return bad;
      const [table, row, column] = parts as string[];
      const value = ctx.source.value({ table, row, column });
      return value ? num(value) : missing(`${ctx.inPrior ? "上年" : ""}${table}|${row}|${column}`);
    },
  },
  /** 开头(文字, "301"): the text starts with the prefix (e.g. a code within a class). */
  开头: {
    min: 2,
    max: 2,
    call(args, ctx, evaluate) {
      const [text, prefix] = args.map((a) => textArg(a, ctx, evaluate));
      if (typeof text !== "string") return text;
      if (typeof prefix !== "string") return prefix;
      return bool(text.startsWith(prefix));
    },
  },
  /** 结尾(文字, "支出"): the text ends with the suffix. */
  结尾: {
    min: 2,
    max: 2,
    call(args, ctx, evaluate) {
      const [text, suffix] = args.map((a) => textArg(a, ctx, evaluate));
      if (typeof text !== "string") return text;
      if (typeof suffix !== "string") return suffix;
      return bool(text.endsWith(suffix));
    },
  },
  /**
   * 待填("主要原因") → “【待填写：主要原因】”: text only the accountant can write; 待填("主要原因", 项) or
   * 待填("主要原因", "“三公”经费") names what it is about in its field's label (“行政运行（2010601） 原因”).
   */
  待填: {
    min: 1,
    max: 2,
    call(args, ctx, evaluate) {
      const text = textArg(args[0], ctx, evaluate);
      if (typeof text !== "string") return text;
      const subject = args[1] ? subjectArg(args[1], ctx, evaluate) : "";
      return typeof subject === "string" ? str(fillMark(text, subject)) : subject;
    },
  },
};
