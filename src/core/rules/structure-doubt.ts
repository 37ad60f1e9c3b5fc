import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { TableModel } from "../tables/table-model";
import type { Check, PlaceCounts } from "./evaluate";
import { isCrossTable } from "./explain";
import { cellAddress, parseCellAddress, splitQualifiedAddress } from "../snapshot/address";

/**
 * Structure doubt is not an error. A table where one of its own rules fails at most of the places it applies (every
 * row's 合计 ≠ its parts) was most likely not read as printed (columns shifted, a 合计 line taken for an item, an
 * unknown layout): its errors would be a cascade of consequences, not slips of the accountant. Such a table gets one warning that says what could not be
 * read with confidence and what to check; its own errors are withdrawn, and errors of other checks that lean on
 * it become warnings.
 */
const MIN_FAILED = 5;
const MIN_SHARE = 0.6;
const EXAMPLES = 3;

export function withStructureDoubts(findings: Finding[], checks: readonly Check[], places: PlaceCounts, tables: readonly TableModel[]): Finding[] {
  const doubtful = doubtfulTables(checks, places);
  const guessed = tables.filter(identifiedByHeader);
  if (doubtful.size === 0 && guessed.length === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "error") {
      out.push(f);
      continue;
    }
    if ([...doubtful.keys()].some((t) => holds(t, f.sheet, f.cell))) continue;
    const leans = [...doubtful.keys(), ...guessed].find((t) => holds(t, f.sheet, f.cell) || f.related.some((q) => holdsQualified(t, q)));
    out.push(leans ? { ...f, severity: "warning", message: `${f.message}（${uncertainty(leans)}，此项仅供参考，请先核对该表。）` } : f);
  }
  for (const [table, failed] of doubtful) out.push(doubtFinding(table, failed, placesOf(places, table)));
  for (const table of guessed) out.push(guessedFinding(table));
  return out;
}

const identifiedByHeader = (t: TableModel): boolean => t.identifiedBy === "header";

function uncertainty(table: TableModel): string {
  return table.identifiedBy === "header" ? `${titleSaid(table)}，按表头识别为《${table.kind.title}》` : `《${table.kind.title}》未能可靠识别`;
}

/** “表名“…”不是标准表名”, or for a table printed without a title line “此表没有表名”. */
function titleSaid(table: TableModel, prefix = ""): string {
  return table.title ? `${prefix}“${table.title}”不是标准表名` : "此表没有表名";
}

/** A table told from its header: say so, so the accountant can confirm which table it is. */
function guessedFinding(table: TableModel): Finding {
  return {
    rule: "structure.kind-from-header" satisfies EngineRuleId,
    kind: "input",
    severity: "info",
    sheet: table.sheet,
    cell: cellAddress(table.range.top, table.range.left),
    related: [],
    table: table.kind.title,
    subject: "表名",
    headline: `${table.title ? `“${table.title}”` : "无表名的表"}按表头识别为《${table.kind.title}》，请确认`,
    message: `${titleSaid(table, "表名")}，按表头各列的含义识别为《${table.kind.title}》并作检查；涉及此表的不符只作提示。如识别有误，请改用标准表名。`,
  };
}

/**
 * Tables where one own (not cross-table) rule fails at MIN_FAILED or more places and at MIN_SHARE of the places it
 * applies; each with all its own failed checks.
 */
function doubtfulTables(checks: readonly Check[], places: PlaceCounts): Map<TableModel, Check[]> {
  const failed = new Map<TableModel, Check[]>();
  for (const c of checks) {
    if (c.status !== "error" || isCrossTable(c.rule.id)) continue;
    const list = failed.get(c.table);
    if (list) list.push(c);
    else failed.set(c.table, [c]);
  }
  for (const [table, list] of failed) {
    const perRule = new Map<string, number>();
    for (const c of list) perRule.set(c.rule.id, (perRule.get(c.rule.id) ?? 0) + 1);
    const broken = [...(places.get(table) ?? [])].some(([id, total]) => {
      const n = perRule.get(id) ?? 0;
      return n >= MIN_FAILED && n / total >= MIN_SHARE;
    });
    if (!broken) failed.delete(table);
  }
  return failed;
}

function placesOf(places: PlaceCounts, table: TableModel): number {
  let n = 0;
  for (const count of places.get(table)?.values() ?? []) n += count;
  return n;
}

function doubtFinding(table: TableModel, failed: Check[], total: number): Finding {
  const examples = failed.slice(0, EXAMPLES).map((c) => c.context);
  return {
    rule: "structure.doubt" satisfies EngineRuleId,
    kind: "input",
    severity: "warning",
    sheet: table.sheet,
    cell: cellAddress(table.range.top, table.range.left),
    related: [],
    table: table.kind.title,
    subject: "表的结构",
    headline: `《${table.kind.title}》${failed.length} 处核对不符（共 ${total} 处），表的结构可能未被正确识别，请先核对表头和合计行`,
    message:
      `《${table.kind.title}》（${table.sheet}）有 ${failed.length} 处核对不符（共核对 ${total} 处），` +
      `更可能是表的格式未被正确识别（列的含义、合计行或科目层级），而不是 ${failed.length} 处填报错误。` +
      `请核对表头各列名称是否为标准名称、合计行是否在表中，再重新检查。不符之处如：${examples.join("；")}。`,
    steps: failed.map((c) => c.context),
  };
}

function holds(table: TableModel, sheet: string, cell: string): boolean {
  if (sheet !== table.sheet || !/^[A-Z]+\d+$/.test(cell)) return false;
  const at = parseCellAddress(cell);
  return at.row >= table.range.top && at.row <= table.range.bottom && at.col >= table.range.left && at.col <= table.range.right;
}

/** “公开03表!D11” or “'Sheet 1'!D11” inside the table. */
function holdsQualified(table: TableModel, qualified: string): boolean {
  const { sheet, address } = splitQualifiedAddress(qualified);
  return holds(table, sheet, address);
}
