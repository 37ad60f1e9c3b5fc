import { Decimal, formatFixed } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { FUNCTION_CLASSES } from "../../recognition/classification-names";
import type { TableValueSource } from "../table-source";
import type { RowView } from "../template/values";
import type { ClaimIssue } from "./arithmetic";
import type { SentenceClaims } from "./extract";
import { intervalOf } from "./interval";
import type { Mention } from "./mentions";

/**
 * Amounts the text gives for a 功能分类 line: a 项 (“…（款）住房公积金（项）：支出决算为35.08万元”) or a
 * 类 (“社会保障和就业支出2017.52万元，占47.30%”), compared with the table row of that name.
 */
interface RowTable {
  table: string;
  column: string;
}

/** Which table and column a sentence's 项 (level 3) or 类 (level 1) amounts are read from. */
function tableFor(family: "决算" | "预算", sentence: string, level: 1 | 3): RowTable {
  const general = sentence.includes("一般公共预算");
  if (family === "决算") return general ? { table: "一般公共预算财政拨款支出决算表", column: "本年支出合计" } : { table: "支出决算表", column: "本年支出合计" };
  if (level === 1) return { table: "部门收支总表", column: "金额" };
  return general ? { table: "一般公共预算支出预算表", column: "当年财政拨款安排" } : { table: "部门支出总表", column: "合计" };
}

const ITEM = /([^（）()，,：:；;。\s]+?)\s*[（(]项[）)]/;
const SECTION = /([^（）()，,：:；;。\s]+?)\s*[（(]款[）)]/;
const CLASS_NAMES = Object.keys(FUNCTION_CLASSES);
const TABLE_UNIT = new Decimal("0.01");

export function checkRowAmounts(s: SentenceClaims, source: TableValueSource, family: "决算" | "预算"): ClaimIssue[] {
  const item = ITEM.exec(s.sentence);
  const { table, column } = tableFor(family, s.sentence, item ? 3 : 1);
  const rows = source.rows(table);
  if (!rows) return [];
  if (item) return checkItem(s, item, rows, table, column, source);
  return s.claims.flatMap((claim) => {
    if (claim.kind !== "amount") return [];
    const name = CLASS_NAMES.find((n) => claim.mention.label === n);
    const row = name && rows.find((r) => r.level === 1 && r.name === name);
    return row ? compare(claim.mention, row, column, source) : [];
  });
}

function checkItem(s: SentenceClaims, item: RegExpExecArray, rows: RowView[], table: string, column: string, source: TableValueSource): ClaimIssue[] {
  const section = SECTION.exec(s.sentence)?.[1];
  const named = rows.filter((r) => r.level === 3 && r.name === item[1]);
  const candidates = named.length > 1 && section ? named.filter((r) => r.sectionName === section) : named;
  const after = (item.index ?? 0) + item[0].length;
  const amount = s.mentions.find((m) => m.kind === "amount" && m.start >= after);
  if (candidates.length !== 1 || !amount) return [];
  return compare(amount, candidates[0], column, source, table);
}

function compare(mention: Mention, row: RowView, column: string, source: TableValueSource, table = row.table): ClaimIssue[] {
  const value = source.value({ table, row: row.key, column });
  if (!value || RoundingInterval.of(value, TABLE_UNIT).overlaps(intervalOf(mention))) return [];
  const expected = formatFixed(value, 2);
  const quote = `${mention.rawLabel}${mention.text}`;
  return [{
    rule: "N.row",
    severity: "error",
    quote,
    message: `“${quote}”：${table}中“${row.name}”（${row.code ?? row.key}）的${column}为${expected}万元，文中写${mention.text}。`,
    expected,
    actual: mention.text,
  }];
}
