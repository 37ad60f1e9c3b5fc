import { Decimal } from "../../numbers/decimal";
import { TemplateError } from "./values";

/**
 * Expressions inside {…} of a template (表达式). Parsed by a small recursive-descent parser; never eval.
 *   numbers 100, 0.5 · strings "…" · names 收支总计 / 项 · table refs [表|行|列] · row columns 项[列]
 *   fields 项.名称 · calls 金额(x) · arithmetic + - * / (× ÷) · comparisons = != > < >= <= (≠ ≥ ≤)
 *   logic 且 或 非 (as separate words).
 */
export type Expr =
  | { k: "num"; v: Decimal }
  | { k: "str"; v: string }
  | { k: "name"; name: string }
  | { k: "ref"; parts: string[] }
  | { k: "col"; target: Expr; column: string }
  | { k: "field"; target: Expr; field: string }
  | { k: "call"; fn: string; args: Expr[] }
  | { k: "unary"; op: "-" | "非"; arg: Expr }
  | { k: "bin"; op: BinaryOp; left: Expr; right: Expr };

export type BinaryOp = "+" | "-" | "*" | "/" | "=" | "!=" | ">" | "<" | ">=" | "<=" | "且" | "或";

type Token = { t: "num"; v: string } | { t: "str"; v: string } | { t: "name"; v: string } | { t: "ref"; parts: string[] } | { t: "op"; v: string };

const OPERATOR_ALIASES: Record<string, string> = { "×": "*", "÷": "/", "≠": "!=", "≥": ">=", "≤": "<=", "==": "=", "＝": "=", "，": "," };
const TWO_CHAR_OPS = ["!=", ">=", "<=", "=="];
const ONE_CHAR_OPS = "+-*/×÷=＝<>≠≥≤(),，.";
const NAME_STOP = /[\s()[\]{}|,，+\-*/×÷=＝<>≠≥≤!".]/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) throw new TemplateError(`表达式“${source}”中的引号没有结束`);
      tokens.push({ t: "str", v: source.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === "[") {
      const end = source.indexOf("]", i + 1);
      if (end < 0) throw new TemplateError(`表达式“${source}”中的“[”没有对应的“]”`);
      tokens.push({
        t: "ref",
        parts: source
          .slice(i + 1, end)
          .split("|")
          .map((p) => p.trim()),
      });
      i = end + 1;
    } else if (/\d/.test(ch)) {
      const m = /^\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ t: "num", v: m[0] });
      i += m[0].length;
    } else if (TWO_CHAR_OPS.includes(source.slice(i, i + 2))) {
      const op = source.slice(i, i + 2);
      tokens.push({ t: "op", v: OPERATOR_ALIASES[op] ?? op });
      i += 2;
    } else if (ONE_CHAR_OPS.includes(ch)) {
      tokens.push({ t: "op", v: OPERATOR_ALIASES[ch] ?? ch });
      i++;
    } else {
      let j = i;
      while (j < source.length && !NAME_STOP.test(source[j])) j++;
      if (j === i) throw new TemplateError(`表达式“${source}”中有无法识别的字符“${ch}”`);
      tokens.push({ t: "name", v: source.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/** Parses one expression; throws TemplateError (in Chinese) on bad syntax. */
export function parseExpression(source: string): Expr {
  const parser = new ExpressionParser(tokenize(source), source);
  const expr = parser.parseAll();
  return expr;
}

class ExpressionParser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parseAll(): Expr {
    if (this.tokens.length === 0) throw this.error("表达式为空");
    const expr = this.parseOr();
    if (this.pos < this.tokens.length) throw this.error("表达式末尾有多余内容");
    return expr;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.isWord("或")) {
      this.pos++;
      left = { k: "bin", op: "或", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.isWord("且")) {
      this.pos++;
      left = { k: "bin", op: "且", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Expr {
    if (!this.isWord("非")) return this.parseComparison();
    this.pos++;
    return { k: "unary", op: "非", arg: this.parseNot() };
  }

  private parseComparison(): Expr {
    const left = this.parseSum();
    const op = this.peekOp(["=", "!=", ">", "<", ">=", "<="]);
    if (!op) return left;
    this.pos++;
    return { k: "bin", op: op as BinaryOp, left, right: this.parseSum() };
  }

  private parseSum(): Expr {
    let left = this.parseProduct();
    for (let op = this.peekOp(["+", "-"]); op; op = this.peekOp(["+", "-"])) {
      this.pos++;
      left = { k: "bin", op: op as BinaryOp, left, right: this.parseProduct() };
    }
    return left;
  }

  private parseProduct(): Expr {
    let left = this.parseUnary();
    for (let op = this.peekOp(["*", "/"]); op; op = this.peekOp(["*", "/"])) {
      this.pos++;
      left = { k: "bin", op: op as BinaryOp, left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): Expr {
    if (!this.peekOp(["-"])) return this.parsePostfix();
    this.pos++;
    return { k: "unary", op: "-", arg: this.parseUnary() };
  }

  private parsePostfix(): Expr {
    let expr = this.parsePrimary();
    for (;;) {
      const tok = this.tokens[this.pos];
      if (tok?.t === "ref" && tok.parts.length === 1) {
        this.pos++;
        expr = { k: "col", target: expr, column: tok.parts[0] };
      } else if (tok?.t === "op" && tok.v === ".") {
        const field = this.tokens[this.pos + 1];
        if (field?.t !== "name") throw this.error("“.”后面应为字段名");
        this.pos += 2;
        expr = { k: "field", target: expr, field: field.v };
      } else {
        return expr;
      }
    }
  }

  private parsePrimary(): Expr {
    const tok = this.tokens[this.pos++];
    if (!tok) throw this.error("表达式不完整");
    if (tok.t === "num") return { k: "num", v: new Decimal(tok.v) };
    if (tok.t === "str") return { k: "str", v: tok.v };
    if (tok.t === "ref") return this.tableRef(tok.parts);
    if (tok.t === "name") return this.peekOp(["("]) ? this.call(tok.v) : { k: "name", name: tok.v };
    if (tok.v === "(") {
      const inner = this.parseOr();
      this.expectOp(")");
      return inner;
    }
    throw this.error(`此处不应出现“${tok.v}”`);
  }

  private tableRef(parts: string[]): Expr {
    if (parts.length !== 3 || parts.some((p) => p === "")) throw this.error(`表格引用应写作 [表名|行|列]，而不是 [${parts.join("|")}]`);
    return { k: "ref", parts };
  }

  private call(fn: string): Expr {
    this.expectOp("(");
    const args: Expr[] = [];
    if (this.peekOp([")"])) {
      this.pos++;
      return { k: "call", fn, args };
    }
    for (;;) {
      args.push(this.parseOr());
      if (this.peekOp([")"])) {
        this.pos++;
        return { k: "call", fn, args };
      }
      if (!this.peekOp([","])) throw this.error(`函数“${fn}”的参数之后缺少“,”或“)”`);
      this.pos++;
    }
  }

  private isWord(word: string): boolean {
    const tok = this.tokens[this.pos];
    return tok?.t === "name" && tok.v === word;
  }

  private peekOp(ops: string[]): string | undefined {
    const tok = this.tokens[this.pos];
    return tok?.t === "op" && ops.includes(tok.v) ? tok.v : undefined;
  }

  private expectOp(op: string): void {
    if (!this.peekOp([op])) throw this.error(`缺少“${op}”`);
    this.pos++;
  }

  private error(what: string): TemplateError {
    return new TemplateError(`模板表达式“${this.source}”有误：${what}`);
  }
}
