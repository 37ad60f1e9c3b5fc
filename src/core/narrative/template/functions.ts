import { Decimal } from "../../numbers/decimal";
import { amountText, changePhrase, completionPhrase, percentText, sharePhrase } from "../phrases";
import type { EvalContext } from "./evaluate";
import type { Expr } from "./expression";
import { TemplateError, bool, missing, num, str, type Value, type ValueSource } from "./values";

type Evaluate = (expr: Expr, ctx: EvalContext) => Value;

export interface TemplateFunction {
  min: number;
  max: number;
  call(args: Expr[], ctx: EvalContext, evaluate: Evaluate): Value;
}

const ZERO_DIVISOR = "无法计算百分比：分母为0";

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
function numeric(min: number, max: number, fn: string, body: (xs: Decimal[]) => Value): TemplateFunction {
  return {
    min,
    max,
    call(args, ctx, evaluate) {
      const xs = numbers(args, ctx, evaluate, fn);
      return Array.isArray(xs) ? body(xs) : xs;
    },
  };
}

const orZeroDivisor = (text: string | undefined): Value => (text === undefined ? missing(ZERO_DIVISOR) : str(text));

/** Evaluates an expression as last year: against the prior-year source, labels prefixed 上年. */
function inPrior(arg: Expr, ctx: EvalContext, evaluate: Evaluate): Value {
  if (ctx.inPrior) throw new TemplateError("“上年”不能嵌套使用");
  return evaluate(arg, { ...ctx, inPrior: true, source: ctx.prior ?? NO_FIGURES });
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
  金额: numeric(1, 2, "金额", ([x, places]) => str(amountText(x, places ? places.toNumber() : 2))),
  /** 百分比(部分, 整体) → “47.30%”. */
  百分比: numeric(2, 2, "百分比", ([a, b]) => orZeroDivisor(percentText(a, b))),
  /** 占比(部分, 合计) → “占47.30%”. */
  占比: numeric(2, 2, "占比", ([a, b]) => orZeroDivisor(sharePhrase(a, b))),
  /** 完成(决算数, 预算数) → “完成预算99.72%”. */
  完成: numeric(2, 2, "完成", ([a, b]) => orZeroDivisor(completionPhrase(a, b))),
  /** 数量(x) → a count as written (“1”, “160”), no forced decimals. */
  数量: numeric(1, 1, "数量", ([x]) => str(x.toFixed())),
  四舍五入: numeric(2, 2, "四舍五入", ([x, places]) => num(x.toDecimalPlaces(places.toNumber(), Decimal.ROUND_HALF_UP))),
  绝对值: numeric(1, 1, "绝对值", ([x]) => num(x.abs())),
  /** 有(x): x is known and not zero. */
  有: numeric(1, 1, "有", ([x]) => bool(!x.isZero())),
  /** 缺(x): x is not available. */
  缺: { min: 1, max: 1, call: (args, ctx, evaluate) => bool(evaluate(args[0], ctx).t === "missing") },
  /** 上年(x): x as it was last year. */
  上年: { min: 1, max: 1, call: (args, ctx, evaluate) => inPrior(args[0], ctx, evaluate) },
  /** 变化(x) or 变化(x, 上年值[, "支出"]) → “增加A万元，增长B%” / “减少…下降…” / “持平” / “…上年无此项支出”. */
  变化: {
    min: 1,
    max: 3,
    call(args, ctx, evaluate) {
      const current = evaluate(args[0], ctx);
      const prior = args[1] ? evaluate(args[1], ctx) : inPrior(args[0], ctx, evaluate);
      const noun = args[2] ? textArg(args[2], ctx, evaluate) : "";
      for (const v of [current, prior]) if (v.t === "missing") return v;
      if (typeof noun !== "string") return noun;
      if (current.t !== "num" || prior.t !== "num") throw new TemplateError("函数“变化”需要数字参数");
      return str(changePhrase(current.v, prior.v, noun));
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
  /** 待填("主要原因") → “【待填写：主要原因】”: text only the accountant can write. */
  待填: {
    min: 1,
    max: 1,
    call(args, ctx, evaluate) {
      const text = textArg(args[0], ctx, evaluate);
      return typeof text === "string" ? str(`【待填写：${text}】`) : text;
    },
  },
};
