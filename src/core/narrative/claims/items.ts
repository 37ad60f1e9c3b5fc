import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import type { TableModel, TableRow } from "../../tables/table-model";
import { compact } from "../../text/normalize";
import type { ClaimIssue } from "./issue";
import type { FigureLookup } from "./statements";
import type { Located, ParsedParagraph } from "./parsed";

/**
 * “人员经费 2152.26 万元，主要包括：基本工资、…、个人农业生产补贴” where the 基本支出表 leaves 30310 个人农业生产补贴
 * blank: an item listed that the table shows as nothing. Checked only when the stated total equals the
 * table's (same scope: a text whose 人员经费 includes other funds may list items the table does not hold), and
 * only for a blank cell — a printed 0 may stand for less than 0.005 万元.
 */
const LIST = /(人员经费|公用经费)[^，。；]*?([\d,.]+)\s*万元[，,]?\s*主要包括[：:]([^；。]*)/g;
const PERSONNEL = /^30[13]/;
const TABLE_UNIT = new Decimal("0.01");

export function checkListedItems(at: ParsedParagraph, table: TableModel | undefined, tableFigure: FigureLookup): Located[] {
  if (!table || table.isEmpty || !at.generalBudget) return [];
  const out: Located[] = [];
  for (const m of at.paragraph.text.matchAll(LIST)) {
    const [, kind, amountText, list] = m;
    const total = tableFigure(kind);
    if (!total || !sameAmount(amountText.replace(/,/g, ""), total.value)) continue;
    const rows = table.rows.filter((r) => r.level === 2 && r.code !== undefined && PERSONNEL.test(r.code) === (kind === "人员经费"));
    for (const name of list
      .split(/[、，,]/)
      .map((n) => n.replace(/等$/, "").trim())
      .filter(Boolean)) {
      const row = rowNamed(rows, name);
      if (row && isBlank(row)) out.push({ at, issue: blankItemIssue(kind, name, row, table, (m.index ?? 0) + m[0].indexOf(name)) });
    }
  }
  return out;
}

function sameAmount(stated: string, table: Decimal): boolean {
  if (!/^\d+(\.\d+)?$/.test(stated)) return false;
  const value = new Decimal(stated);
  const places = stated.includes(".") ? stated.length - stated.indexOf(".") - 1 : 0;
  return judgeAmounts(value, RoundingInterval.of(value, new Decimal(10).pow(-places)), table, RoundingInterval.of(table, TABLE_UNIT)) === "equal";
}

/** “其他社会保障缴费支出” / “办公设备购置支出” name the rows 其他社会保障缴费 / 办公设备购置. */
function rowNamed(rows: TableRow[], listed: string): TableRow | undefined {
  const want = compact(listed);
  return rows.find((r) => compact(r.name) === want) ?? rows.find((r) => `${compact(r.name)}支出` === want);
}

function isBlank(row: TableRow): boolean {
  const keys = [...row.cells.keys()];
  return keys.length === 0 || keys.every((k) => row.cells.isBlank(k));
}

function blankItemIssue(kind: string, name: string, row: TableRow, table: TableModel, position: number): ClaimIssue {
  return {
    rule: "itemZero",
    verdict: "warning",
    position,
    span: { start: position, end: position + name.length },
    subject: `${kind}所列科目“${name}”`,
    headline: `${kind}“主要包括”中列出“${name}”，但《${table.kind.title}》${row.code} ${row.name}为空（无支出）：请删去或核对表中数。`,
    steps: [`文中${kind}列出：${name}`, `《${table.kind.title}》${table.sheet} ${row.code} ${row.name}：空白`],
    message: `“${name}”：${kind}主要包括的科目中列出此项，而《${table.kind.title}》中${row.code} ${row.name}没有金额。`,
    actual: name,
  };
}
