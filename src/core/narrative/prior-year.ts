import { Decimal } from "../numbers/decimal";
import { typedAmountText } from "../numbers/typed-amount";
import { parseNumberText } from "../numbers/parse-number";
import { parseCellNumber } from "../snapshot/cell-number";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { TableModel } from "../tables/table-model";
import { TableValueSource } from "./table-source";
import { refText, type RowView, type TableRef, type ValueSource } from "./template/values";

/**
 * Last year's figures (上年数, docs/domain.md §6). `items` maps an item name — a name defined in the template
 * (收支总计, 三公经费合计 …, see templates/README.md) or a table reference “表名|行|列” — to its amount in
 * 万元 as text, so the figures can be stored with the workbook as JSON. `tables` holds last year's
 * recognised tables when last year's workbook was given.
 */
export interface PriorYearFigures {
  /** Where the figures come from, for messages (“上年数 sheet”, a file name). */
  source: string;
  items: Record<string, string>;
  tables?: TableModel[];
  /** Lines that could not be read, in Chinese. */
  problems: string[];
}

export const PRIOR_SHEET_NAME = "上年数";

/** Reads a sheet named 上年数 (item | amount in 万元, one per row; a header row is skipped). */
export function readPriorYearSheet(snapshot: WorkbookSnapshot): PriorYearFigures | undefined {
  const sheet = snapshot.sheets.find((s) => s.name.trim() === PRIOR_SHEET_NAME);
  if (!sheet) return undefined;
  const figures: PriorYearFigures = { source: `工作表“${PRIOR_SHEET_NAME}”`, items: {}, problems: [] };
  sheet.cells.forEach((line, r) => {
    const item = typeof line[0]?.value === "string" ? line[0].value.trim() : "";
    if (!item) return;
    const parsed = parseCellNumber(line[1]);
    if (parsed.kind === "number" && !parsed.percent) figures.items[item] = parsed.value.toFixed();
    else if (parsed.kind === "blank") figures.items[item] = "0";
    else if (r > 0) figures.problems.push(`${PRIOR_SHEET_NAME}!B${r + 1}：“${item}”的金额无法识别`);
  });
  return figures;
}

/** Reads figures from JSON: { "收支总计": 1356.28, … } or { "items": { … } }; amounts in 万元. */
export function readPriorYearJson(text: string, source: string): PriorYearFigures {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`无法读取上年数“${source}”：不是有效的 JSON。`);
  }
  const object = (data as { items?: unknown })?.items ?? data;
  if (!object || typeof object !== "object" || Array.isArray(object)) {
    throw new Error(`无法读取上年数“${source}”：应为“项目名: 金额”的对象。`);
  }
  const figures: PriorYearFigures = { source, items: {}, problems: [] };
  for (const [item, raw] of Object.entries(object as Record<string, unknown>)) {
    const parsed = typeof raw === "number" ? { kind: "number" as const, value: new Decimal(String(raw)) } : parseNumberText(String(raw));
    if (parsed.kind === "number") figures.items[item] = parsed.value.toFixed();
    else figures.problems.push(`${source}：“${item}”的金额“${String(raw)}”无法识别`);
  }
  return figures;
}

/** Last year's workbook, recognised by the same engine: every template reference is read from it. */
export function priorYearFromTables(tables: TableModel[], source: string): PriorYearFigures {
  return { source, items: {}, tables, problems: [] };
}

/** The ValueSource templates read inside 上年(…): named items first, then last year's tables. */
export function priorValueSource(figures: PriorYearFigures): ValueSource {
  const tables = figures.tables ? new TableValueSource(figures.tables) : undefined;
  const item = (key: string): Decimal | undefined => {
    const text = typedAmountText(figures.items[key]); // typed in the pane: ４８３．２３, 1,234.50, 483.23万元; unreadable stays a gap
    return text === undefined ? undefined : new Decimal(text);
  };
  return {
    value: (ref: TableRef) => item(refText(ref)) ?? tables?.value(ref),
    rows: (table: string): RowView[] | undefined => tables?.rows(table),
    named: (name: string) => item(name),
  };
}

/** Several sources together: items of the first win over later ones; tables from the first that has them. */
export function mergePriorYear(...sources: (PriorYearFigures | undefined)[]): PriorYearFigures | undefined {
  const present = sources.filter((s): s is PriorYearFigures => !!s);
  if (present.length === 0) return undefined;
  return {
    source: present.map((s) => s.source).join("、"),
    items: Object.assign({}, ...[...present].reverse().map((s) => s.items)),
    tables: present.find((s) => s.tables)?.tables,
    problems: present.flatMap((s) => s.problems),
  };
}
