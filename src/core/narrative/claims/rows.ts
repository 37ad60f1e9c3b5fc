import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { FUNCTION_CLASSES } from "../../recognition/classification-names";
import { compact } from "../../text/normalize";
import type { TableValueSource } from "../table-source";
import type { RowView } from "../template/values";
import { BUDGET_LABEL } from "./extract";
import { quoted, writtenUnit, type ClaimIssue, type TextSpan } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * The 功能分类 lines the text names: a 项 with its class and 款 (“1、一般公共服务支出（类）财政事务（款）行政运行（项）。
 * …年初预算为 1560.05 万元，支出决算为 1511.89 万元。”) or a 类 with its amount (“一般公共服务支出（类）2106.66 万元，
 * 占71.73%”), compared with the table row of that name — or, when no row has that name, with the one row
 * of the class that has the same amount (then the name is what differs).
 */
export interface ItemStatement {
  at: ParsedParagraph;
  className?: string;
  sectionName?: string;
  itemName: string;
  /** 支出决算 (决算) or 预算数 (预算) of the 项. */
  amount?: Mention;
  /** 年初预算 / 全年预算 of the 项 (决算 text). */
  budget?: Mention;
  /** Where the words “财政事务（款）” and “行政运行（项）” are in the paragraph (a name finding marks them). */
  sectionSpan?: TextSpan;
  itemSpan: TextSpan;
}

export interface ClassStatement {
  at: ParsedParagraph;
  className: string;
  mention: Mention;
}

const NAME = "[^（）()，,：:；;。.．\\s、“”\\d]+?";
const ITEM = new RegExp(`(?:(${NAME})\\s*[（(]类[）)])?\\s*(?:(${NAME})\\s*[（(]款[）)])?\\s*(${NAME})\\s*[（(]项[）)]`, "g");
const ANY_ITEM = new RegExp(ITEM.source);
const CLASS_LABEL = /^(.+?)\s*[（(]类[）)]$/;
const CLASS_NAMES = Object.keys(FUNCTION_CLASSES);
const TABLE_UNIT = new Decimal("0.01");

/** “社会保障和就业（类）” → “社会保障和就业支出”: the class's standard name, when the words name one. */
export function className(words: string): string | undefined {
  const c = compact(words).replace(/[（(]类[)）]$/, "");
  return CLASS_NAMES.find((n) => n === c || n === `${c}支出`);
}

/** Every 项 the text names, with the amounts stated after it (in its paragraph, or the next one). */
export function itemStatements(parsed: readonly ParsedParagraph[], family: "决算" | "预算"): ItemStatement[] {
  const out: ItemStatement[] = [];
  parsed.forEach((p, k) => {
    const matches = [...p.paragraph.text.matchAll(ITEM)];
    matches.forEach((m, j) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = matches[j + 1]?.index ?? p.paragraph.text.length;
      let amounts = p.mentions.filter((x) => x.kind === "amount" && x.start >= from && x.start < to);
      const next = parsed[k + 1];
      if (amounts.length === 0 && j === matches.length - 1 && next && !ANY_ITEM.test(next.paragraph.text))
        amounts = next.mentions.filter((x) => x.kind === "amount");
      const budget = family === "决算" ? amounts.find((x) => BUDGET_LABEL.test(x.label)) : undefined;
      const amount = family === "决算" ? amounts.find((x) => x !== budget && /决算|支出|执行/.test(x.label)) : amounts[0];
      const [, sectionSpan, itemSpan] = nameSpans(m);
      out.push({ at: p, className: m[1], sectionName: m[2], itemName: m[3], amount, budget, sectionSpan, itemSpan: itemSpan! });
    });
  });
  return out;
}

/** Where each name of a match (类, 款, 项) is, with its bracketed level word: “财政事务（款）”. */
function nameSpans(m: RegExpMatchArray): (TextSpan | undefined)[] {
  let at = 0;
  return [m[1], m[2], m[3]].map((name) => {
    if (!name) return undefined;
    const start = m[0].indexOf(name, at);
    at = m[0].slice(start + name.length).search(/[）)]/) + start + name.length + 1;
    return { start: (m.index ?? 0) + start, end: (m.index ?? 0) + at };
  });
}

/** Every “类名（类）金额” the text states. */
export function classStatements(parsed: readonly ParsedParagraph[]): ClassStatement[] {
  return parsed.flatMap((p) =>
    p.mentions.flatMap((m): ClassStatement[] => {
      const written = CLASS_LABEL.exec(m.label)?.[1] ?? m.label;
      const name = m.kind === "amount" ? className(written) : undefined;
      return name && (written !== m.label || name === compact(m.label)) ? [{ at: p, className: name, mention: m }] : [];
    }),
  );
}

interface RowSource {
  table: string;
  column: string;
}

/**
 * Which tables and columns the 功能分类 amounts of a paragraph may be read from, the usual one first: a 类 of
 * 一般公共预算 is printed both in its own table and in the 财政拨款收入支出决算总表 (which may differ by a tail).
 */
function sourcesFor(family: "决算" | "预算", p: ParsedParagraph, level: 1 | 3): RowSource[] {
  if (family === "预算") {
    return level === 1
      ? [{ table: "部门收支总表", column: "金额" }]
      : [
          { table: "一般公共预算支出预算表", column: "当年财政拨款安排" },
          { table: "部门支出总表", column: "合计" },
        ];
  }
  const general = [{ table: "一般公共预算财政拨款支出决算表", column: "本年支出合计" }];
  if (level === 1) general.push({ table: "财政拨款收入支出决算总表", column: "一般公共预算财政拨款" });
  if (p.generalBudget) return general;
  return [{ table: "支出决算表", column: "本年支出合计" }, ...(level === 1 ? [{ table: "收入支出决算总表", column: "金额" }] : []), ...general];
}

function tableFor(family: "决算" | "预算", p: ParsedParagraph, level: 1 | 3, source: TableValueSource): RowSource | undefined {
  return sourcesFor(family, p, level).find((c) => source.rows(c.table)?.some((r) => r.level === level));
}

export interface RowCheck {
  source: TableValueSource;
  family: "决算" | "预算";
  reading: Reading;
  /** Figures compared with a table (whatever the verdict): cross-paragraph sums leave them to the tables. */
  checked: Set<Mention>;
}

export function checkItems(items: readonly ItemStatement[], ctx: RowCheck): Located[] {
  return items.flatMap((item): Located[] => {
    if (!item.amount) return [];
    const where = tableFor(ctx.family, item.at, 3, ctx.source);
    const rows = where && ctx.source.rows(where.table)?.filter((r) => r.level === 3);
    if (!where || !rows) return [];
    const cls = item.className ? className(item.className) : undefined;
    const inClass = cls ? rows.filter((r) => r.className === cls) : rows;
    const named = inClass.filter((r) => compact(r.name) === compact(item.itemName));
    const byName = named.length > 1 && item.sectionName ? named.filter((r) => r.sectionName === item.sectionName) : named;
    if (byName.length === 1) {
      const row = byName[0];
      const issue = compareRow(item.amount, row, where, ctx) ?? sectionNameIssue(item, row);
      return issue ? [{ issue, at: item.at }] : [];
    }
    if (byName.length > 1 || !cls) return [];
    const sameAmount = inClass.filter((r) => verdictFor(item.amount!, r, where.column, ctx.source) === "equal");
    if (sameAmount.length !== 1) return [];
    ctx.checked.add(item.amount);
    return [{ issue: itemNameIssue(item, sameAmount[0], where.table), at: item.at }];
  });
}

export function checkClasses(classes: readonly ClassStatement[], ctx: RowCheck): Located[] {
  return classes.flatMap(({ at, className: name, mention }): Located[] => {
    const candidates = sourcesFor(ctx.family, at, 1).flatMap((where) => {
      const row = ctx.source.rows(where.table)?.find((r) => r.level === 1 && r.name === name);
      const verdict = row && verdictFor(mention, row, where.column, ctx.source);
      return row && verdict ? [{ where, row, verdict }] : [];
    });
    if (candidates.length === 0) return [];
    if (candidates.some((c) => c.verdict === "equal")) {
      ctx.checked.add(mention);
      return [];
    }
    const best = candidates.find((c) => c.verdict === "rounding") ?? candidates[0];
    const issue = compareRow(mention, best.row, best.where, ctx);
    return issue ? [{ issue, at }] : [];
  });
}

function verdictFor(mention: Mention, row: RowView, column: string, source: TableValueSource) {
  const value = source.value({ table: row.table, row: row.key, column });
  return value && judgeAmounts(mention.value, RoundingInterval.of(mention.value, mention.unit), value, RoundingInterval.of(value, TABLE_UNIT));
}

function compareRow(mention: Mention, row: RowView, where: { table: string; column: string }, ctx: RowCheck): ClaimIssue | undefined {
  const value = ctx.source.value({ table: where.table, row: row.key, column: where.column });
  if (!value) return undefined;
  ctx.checked.add(mention);
  const verdict = judgeAmounts(mention.value, RoundingInterval.of(mention.value, mention.unit), value, RoundingInterval.of(value, TABLE_UNIT));
  if (verdict === "equal") return undefined;
  if (verdict === "error") ctx.reading.correct(mention, value, TABLE_UNIT);
  const { num, unit } = writtenUnit(mention);
  const expected = `${num(value)}${unit}`;
  const line = `《${where.table}》${row.code ?? ""} ${row.name}（${where.column}）`;
  return {
    rule: "row",
    verdict,
    target: mention,
    subject: `${row.name}（${levelWord(row)}）`,
    headline:
      verdict === "rounding"
        ? `${row.name}写${mention.text}，${line}为${expected}，相差在四舍五入尾差范围内，请确认。`
        : `${row.name}写${mention.text}，应为${expected}（${line}）。`,
    steps: [`文中 ${quoted(mention)}`, `${line} = ${expected}`],
    message: `“${quoted(mention)}”：${line}为${expected}，文中写${mention.text}。`,
    expected: num(value),
    actual: mention.printed,
  };
}

function levelWord(row: RowView): string {
  return row.level === 1 ? "类" : row.level === 2 ? "款" : "项";
}

/** “住房保障支出（款）住房公积金（项）” where the table's 款 of 2210201 is 住房改革支出. */
function sectionNameIssue(item: ItemStatement, row: RowView): ClaimIssue | undefined {
  if (!item.sectionName || !row.sectionName || compact(item.sectionName) === compact(row.sectionName)) return undefined;
  const code = row.code?.slice(0, 5) ?? "";
  return {
    rule: "name",
    verdict: "warning",
    position: item.amount?.start,
    span: item.sectionSpan,
    subject: `${item.itemName}（项）所属款名`,
    headline: `写“${item.sectionName}（款）”，表中${item.itemName}（${row.code}）所属的款${code}为“${row.sectionName}”：请改为“${row.sectionName}（款）”。`,
    steps: [`文中 ${item.sectionName}（款）${item.itemName}（项）`, `《${row.table}》${code} ${row.sectionName} / ${row.code} ${row.name}`],
    message: `“${item.sectionName}（款）${item.itemName}（项）”：表中${row.code} ${row.name}属于${code} ${row.sectionName}，款名不符。`,
    expected: row.sectionName,
    actual: item.sectionName,
  };
}

/** “机关事业单位退休人员活动费支出（项）0.88万元” where the class's line of 0.88 is 2080599 其他行政事业单位养老支出. */
function itemNameIssue(item: ItemStatement, row: RowView, table: string): ClaimIssue {
  return {
    rule: "name",
    verdict: "warning",
    target: item.amount,
    span: item.itemSpan,
    subject: `${item.itemName}（项）名称`,
    headline: `写“${item.itemName}（项）”，表中没有此项；${item.className}中金额同为${item.amount!.text}的是${row.code}“${row.name}”：请核对科目名称（科目可能已更名）。`,
    steps: [`文中 ${item.itemName}（项）${item.amount!.text}`, `《${table}》${row.code} ${row.name} = ${item.amount!.text}`],
    message: `“${item.itemName}（项）”：《${table}》中没有此名称的项，同类中金额相同的是${row.code} ${row.name}。`,
    expected: row.name,
    actual: item.itemName,
  };
}
