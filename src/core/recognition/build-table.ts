import { tableRow, totalLine, type RowAmounts, type TableColumn, type TableModel, type TableRow } from "../tables/table-model";
import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { TableKindSpec } from "./table-kinds";
import type { SheetGrid } from "./sheet-grid";
import type { CellSnapshot } from "../snapshot/types";
import type { HeaderBlock } from "./header";
import { type ColumnHeader, readColumns } from "./header-columns";
import { type ColumnGroup, type ColumnInfo, assignColumnKeys, columnRole, groupColumns } from "./columns";
import { CHANGE_COLUMNS } from "../tables/change-columns";
import { parseCellNumber, holdsNumber } from "../snapshot/cell-number";
import { unitScale } from "../numbers/amount-units";
import { cellAddress } from "../snapshot/address";
import { compact, stripNumbering } from "../text/normalize";
import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from "./classification-names";
import { inputFinding, isInputProblem } from "./input-findings";
import { CellLayout, RowCells } from "./row-cells";
import { splitCarryOverByFund } from "./fund-split";
import { totalsFromColumns } from "./column-totals";
import { fractionalCounts } from "./counts";
import { itemRowsAt, itemsAcross, type ItemColumn } from "./items-across";
import { NAMES_TOTAL, TOTAL_LABEL, itemLabel, itemMeaning } from "./item-lines";
import { HeldCache } from "../cache/held-cache";

export interface TableSpan {
  sheetName: string;
  kind: TableKindSpec;
  title: string;
  titleRow: number;
  /** Last row that can belong to the table (before the next title). */
  lastRow: number;
  left: number;
  right: number;
  block: HeaderBlock;
  /** “header” when the title is not a standard one and the kind was told from the header. */
  identifiedBy?: "header";
}

const NOTE_START = /^(注|说明|备注|填报说明|附注|单位负责人|制表人|财务负责人)/;
const EMPTY_NOTE = /无数据|空表|无相关数据|没有.*(收入|支出|数据)|本表无|无此项|不涉及/;
/** "2080505 机关事业单位基本养老保险缴费支出": a code and its name in one cell. */
const CODE_THEN_NAME = /^(\d{3}(?:\d{2}){0,2})(\D.*)$/;
const DIGIT = /\d/;
/** The first 支出 line of a two-sided table printed stacked. */
const EXPENSE_SIDE_START = /^(本年支出合计|支出|二、?支出)$/;

/** Reads one table into its typed model; input problems (unreadable amounts, text numbers) become findings. */
export function buildTable(grid: SheetGrid, span: TableSpan, findings: Finding[]): TableModel {
  const headers = readColumns(grid, span);
  const layout = columnLayout(span.kind, headers);
  const bodyEnd = findBodyEnd(grid, span);
  const ctx: RowContext = { grid, span, findings, rows: [], usedKeys: new Set(), claimed: new Map(), seenCode: false };
  const across = layout.across;
  if (across) readItemsAcross(ctx, across, bodyEnd);
  else layout.groups.forEach((group, i) => readGroupRows(ctx, group, layout.cells[i], bodyEnd));
  if (span.kind.rowScheme !== "items") {
    const misplaced = linkCodeHierarchy(ctx.rows);
    for (const m of misplaced) findings.push(misplacedCodeFinding(span, m.row, m.group));
  } else {
    if (span.kind.totalWhenAlone) nameLoneTotal(ctx.rows, span.kind.totalWhenAlone);
    nameDuplicatesBySection(ctx.rows);
  }
  if (span.kind.carryOverByFund) for (const row of splitCarryOverByFund(ctx.rows, grid.sheet)) ctx.rows.push(row);
  if (span.kind.columnTotals) for (const row of totalsFromColumns(ctx.rows, grid.sheet, span.kind.columnTotals)) ctx.rows.push(row);
  const isEmpty = !ctx.rows.some((r) => hasValues(r.cells)) && !countsInBody(grid, span, bodyEnd, headers);
  const numbersUnread = isEmpty && bodyHasNumber(grid, span, bodyEnd, headers);
  if (numbersUnread) findings.push(unreadNumbersFinding(span));
  return {
    kind: { id: span.kind.id, title: span.kind.title, family: span.kind.family, rowScheme: span.kind.rowScheme },
    title: span.title,
    sheet: span.sheetName,
    range: { top: span.titleRow, left: span.left, bottom: Math.max(bodyEnd, span.block.headerEnd), right: span.right },
    unit: span.block.unit,
    unitScale: unitScale(span.block.unit),
    columns: across ? across.map((c) => ({ key: c.measure, header: `${c.printed}/${c.measure}`, col: c.col })) : layout.columns,
    rows: ctx.rows,
    isEmpty,
    emptyNote: isEmpty && !numbersUnread ? findEmptyNote(grid, span) : undefined,
    numbersUnread: numbersUnread || undefined,
    department: span.block.department,
    identifiedBy: span.identifiedBy,
    changeRateCol: across ? undefined : changeRateCol(headers, layout.columns),
  };
}

/** The one rate column of a table that prints a 增减额 column (two rate columns: which one is the change's, unsaid). */
function changeRateCol(headers: readonly ColumnHeader[], columns: readonly TableColumn[]): number | undefined {
  if (!columns.some((c) => c.key === CHANGE_COLUMNS.change)) return undefined;
  const rates = headers.filter((h) => columnRole(h.path) === "rate");
  return rates.length === 1 ? rates[0].col : undefined;
}

interface ColumnLayout {
  groups: ColumnGroup[];
  /** Items printed across the columns (三公 预算数 ‖ 决算数 by item), when the header says so. */
  across?: ItemColumn[];
  /** Where each group's amounts are, by column key (same order as `groups`). */
  cells: CellLayout[];
  columns: TableColumn[];
}

/** Layouts already worked out: a county workbook repeats the same header hundreds of times, and so do its files. */
const LAYOUTS = new Map<string, ColumnLayout>();
const MAX_LAYOUTS = 1000;
/** The layout of a header read once (readColumns gives each distinct header of a sheet one array), by kind. */
const LAYOUT_OF = new HeldCache<readonly ColumnHeader[], Map<string, ColumnLayout>>("layout by kind");

/** Column groups and meanings for a header (the same for every table of this kind with this header). */
function columnLayout(kind: TableKindSpec, headers: readonly ColumnHeader[]): ColumnLayout {
  const byKind = LAYOUT_OF.of(headers, () => new Map());
  let layout = byKind.get(kind.id);
  if (!layout) byKind.set(kind.id, (layout = layoutOf(kind, headers)));
  return layout;
}

function layoutOf(kind: TableKindSpec, headers: readonly ColumnHeader[]): ColumnLayout {
  let signature = kind.id;
  for (const h of headers) signature += `|${h.col}:${h.path.join("/")}`;
  const known = LAYOUTS.get(signature);
  if (known) return known;
  const { groups, keys } = bestReading(kind, headers);
  const columns: TableColumn[] = groups.flatMap((g) =>
    g.amountCols.map((c) => ({ key: keys.get(c.col) ?? "", header: c.path.join("/"), col: c.col, side: c.side })),
  );
  const cells = groups.map((g) => new CellLayout(g.amountCols.map((c) => ({ key: keys.get(c.col) ?? "", col: c.col }))));
  if (LAYOUTS.size >= MAX_LAYOUTS) LAYOUTS.clear();
  const layout = {
    groups,
    cells,
    columns,
    across: itemsAcross(
      kind,
      groups.flatMap((g) => g.amountCols),
    ),
  };
  LAYOUTS.set(signature, layout);
  return layout;
}

/** Column groups and keys of the header as read, or without a repeated sub-header word when that means more. */
function bestReading(kind: TableKindSpec, headers: readonly ColumnHeader[]): { groups: ColumnGroup[]; keys: Map<number, string> } {
  const read = (h: readonly ColumnHeader[]) => {
    const groups = groupColumns(h.map((x): ColumnInfo => ({ ...x, role: columnRole(x.path) })));
    return {
      groups,
      keys: assignColumnKeys(
        kind,
        groups.flatMap((g) => g.amountCols),
      ),
    };
  };
  const plain = read(headers);
  const alternative = plain.groups.some((g) => g.amountCols.length > 1) ? withoutRepeatedWord(headers) : undefined;
  if (!alternative) return plain;
  const stripped = read(alternative);
  return meaningsOf(kind, stripped.keys) > meaningsOf(kind, plain.keys) ? stripped : plain;
}

/** How many of the kind's column meanings the span's header carries (“本年支出合计”, “基本支出”, “项目支出” → 3). */
export function headerMeanings(grid: SheetGrid, span: TableSpan): number {
  return meaningsOf(span.kind, bestReading(span.kind, readColumns(grid, span)).keys);
}

function meaningsOf(kind: TableKindSpec, keys: Map<number, string>): number {
  const known = new Set(Object.keys(kind.columns ?? {}));
  return new Set([...keys.values()].filter((k) => known.has(k))).size;
}

/**
 * A sub-header row may repeat one word under every amount column (合计 | 基本支出 | 项目支出 over 决算数 | 决算数 | 决算数):
 * then the paths without that word are a second reading of the header. The word can also be the real label under
 * group labels (人员经费/金额 ‖ 公用经费/金额), so both readings are tried and the one whose columns carry more of
 * the kind's meanings wins. Side-by-side groups of one amount column each (T6's 人员经费 ‖ 公用经费 blocks) are
 * labelled by their group word, not read by it.
 */
function withoutRepeatedWord(headers: readonly ColumnHeader[]): ColumnHeader[] | undefined {
  const amounts = headers.filter((h) => columnRole(h.path) === "amount");
  const word = amounts[0]?.path[amounts[0].path.length - 1];
  if (amounts.length < 2 || !word || !amounts.every((h) => h.path.length >= 2 && h.path[h.path.length - 1] === word)) return undefined;
  return headers.map((h) => (amounts.includes(h) ? { col: h.col, path: h.path.slice(0, -1) } : h));
}

/** Body ends before the first note line (注：…) or at the last row before the next table. */
function findBodyEnd(grid: SheetGrid, span: TableSpan): number {
  let last = span.block.bodyStart - 1;
  for (let r = grid.rowFrom(span.block.bodyStart); r <= span.lastRow; r = grid.rowFrom(r + 1)) {
    if (opensWithFigure(grid.sheet.cells[r])) {
      last = r;
      continue;
    }
    const first = grid.firstText(r);
    if (first && NOTE_START.test(first) && !rowHasNumber(grid, r, span)) break;
    if (first || rowHasNumber(grid, r, span)) last = r;
  }
  return last;
}

/**
 * A row whose first cell holds a number, or a text opening with a digit (a subject code): its first text is no note
 * and not empty, so it is a line of the body, told without its text read and compacted.
 */
function opensWithFigure(line: readonly (CellSnapshot | undefined)[] | undefined): boolean {
  if (!line) return false;
  for (let c = 0; c < line.length; c++) {
    const value = line[c]?.value;
    if (value === undefined) continue;
    if (typeof value === "number") return true;
    return typeof value === "string" && isDigit(value.charCodeAt(0));
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A number in the body outside the code, name and 行次 columns. */
function bodyHasNumber(grid: SheetGrid, span: TableSpan, bodyEnd: number, headers: readonly ColumnHeader[]): boolean {
  const skip = new Set<number>();
  for (const h of headers) if (columnRole(h.path) !== "amount") skip.add(h.col);
  for (let r = grid.rowFrom(span.block.bodyStart); r <= bodyEnd; r = grid.rowFrom(r + 1)) {
    for (const c of grid.columns(r)) if (c >= span.left && c <= span.right && !skip.has(c) && holdsNumber(grid.cell(r, c))) return true;
  }
  return false;
}

/** Counts in a column of their own (“2017年度数量或人次” | 13): a table of counts is no empty table. */
function countsInBody(grid: SheetGrid, span: TableSpan, bodyEnd: number, headers: readonly ColumnHeader[]): boolean {
  const counts: number[] = [];
  for (const h of headers) if (columnRole(h.path) === "count") counts.push(h.col);
  for (let r = grid.rowFrom(span.block.bodyStart); counts.length > 0 && r <= bodyEnd; r = grid.rowFrom(r + 1)) {
    for (const c of counts) if (holdsNumber(grid.cell(r, c))) return true;
  }
  return false;
}

/** Numbers under a header none of whose amount columns holds one: never “没有任何数据”, never a silent pass. */
function unreadNumbersFinding(span: TableSpan): Finding {
  return {
    rule: "structure.unread-numbers" satisfies EngineRuleId,
    kind: "input",
    severity: "warning",
    sheet: span.sheetName,
    cell: cellAddress(span.titleRow, span.left),
    related: [],
    table: span.kind.title,
    subject: "表头",
    headline: `《${span.kind.title}》有数字，但没有读出金额列，本表未作检查`,
    message: `《${span.kind.title}》的表体中有数字，但这些数字不在表头读出的任何金额列下（表头与数据错位，或合并方式特殊），本表未作检查。请核对表头是否与各列数字对齐。`,
  };
}

function rowHasNumber(grid: SheetGrid, row: number, span: TableSpan): boolean {
  for (const c of grid.columns(row)) if (c >= span.left && c <= span.right && holdsNumber(grid.cell(row, c))) return true;
  return false;
}

function findEmptyNote(grid: SheetGrid, span: TableSpan): string | undefined {
  for (let r = grid.rowFrom(span.titleRow); r <= span.lastRow; r = grid.rowFrom(r + 1)) {
    for (const c of grid.columns(r)) {
      const t = grid.text(r, c);
      if (t && EMPTY_NOTE.test(compact(t))) return t.trim();
    }
  }
  return undefined;
}

interface RowContext {
  grid: SheetGrid;
  span: TableSpan;
  findings: Finding[];
  rows: TableRow[];
  usedKeys: Set<string>;
  /** Cells already read as the value of a total printed to their left: their columns by sheet row. */
  claimed: Map<number, number[]>;
  /** A subject-code row has been read (uncoded rows after it are items, not subtotals). */
  seenCode: boolean;
  /** Side of the current line in a two-sided table printed stacked (收入 lines, then 支出 lines, in one column pair). */
  stackedSide?: "income" | "expense";
}

function readGroupRows(ctx: RowContext, group: ColumnGroup, layout: CellLayout, bodyEnd: number): void {
  const { grid, span } = ctx;
  for (let r = span.block.bodyStart; r <= bodyEnd; r++) {
    const labelText = group.labelCol !== undefined ? grid.text(r, group.labelCol) : "";
    const codeText = codeTextOf(grid, group, r);
    const cells = new RowCells(layout, span.sheetName, r, grid.sheet.cells[r]);
    const row = span.kind.rowScheme === "items" ? itemRow(ctx, group, r, labelText, codeText, cells) : codeRow(ctx, r, labelText, codeText, cells);
    if (!row) continue;
    reportInputProblems(ctx, layout, r);
    const labelCol = group.codeCols[0] ?? group.labelCol;
    if (row.code && labelCol !== undefined) row.codeCol = labelCol;
    ctx.rows.push(row);
  }
}

/** Every body row holding an amount, read as one line per item printed across the columns. */
function readItemsAcross(ctx: RowContext, across: ItemColumn[], bodyEnd: number): void {
  const layout = new CellLayout(across.map((c) => ({ key: `${c.item}/${c.measure}`, col: c.col })));
  const { grid, span } = ctx;
  for (let r = span.block.bodyStart; r <= bodyEnd; r++) {
    if (!rowHasNumber(grid, r, span)) continue;
    reportInputProblems(ctx, layout, r);
    const line = grid.sheet.cells[r];
    for (const row of itemRowsAt(across, r, (cells) => new RowCells(cells, span.sheetName, r, line))) {
      row.key = uniqueKey(ctx, row.key);
      ctx.rows.push(row);
    }
  }
}

/** The subject code as printed: one column, or 类 | 款 | 项 columns joined. */
function codeTextOf(grid: SheetGrid, group: ColumnGroup, r: number): string {
  if (group.codeCols.length === 0) return "";
  if (group.codeCols.length === 1) return compact(grid.text(r, group.codeCols[0]));
  let text = "";
  for (const c of group.codeCols) text += compact(grid.text(r, c));
  return text;
}

/**
 * Amount cells of a table line holding what is not a plain number: unreadable text or an error value, a number
 * stored as text, or words (“一百二十”, “NaN”) — never counted as 0 in silence.
 */
function reportInputProblems(ctx: RowContext, layout: CellLayout, r: number): void {
  const line = ctx.grid.sheet.cells[r];
  for (const col of layout.cols) {
    const source = line?.[col];
    if (source === undefined || (typeof source.value !== "string" && !source.error)) continue;
    const parsed = parseCellNumber(source);
    if (isInputProblem(parsed)) ctx.findings.push(inputFinding(parsed, ctx.span, cellAddress(r, col)));
  }
}

function hasValues(cells: RowAmounts): boolean {
  for (const key of cells.keys()) if (!cells.isBlank(key) || cells.isPending(key)) return true;
  return false;
}

/** A line of a code table: a subject code, a total, a unit subtotal, or an uncoded line under a class. */
function codeRow(ctx: RowContext, r: number, labelText: string, codeText: string, cells: RowCells): TableRow | undefined {
  if (CODE.test(codeText)) return subjectRow(ctx, r, codeText, labelText.trim(), cells);
  const split = splitCodeAndName(codeText, labelText);
  const name = stripNumbering(split.name);
  if (TOTAL_LABEL.test(codeText) || TOTAL_LABEL.test(compact(labelText))) return totalRow(uniqueKey(ctx, "合计"), "合计", r, cells);
  if (NAMES_TOTAL.test(codeText) && !split.code) return namedTotalRow(ctx, r, codeText, cells);
  if (!codeText && !labelText && claimedByTotal(ctx, r, cells)) return undefined;
  const dictionary = ctx.span.kind.rowScheme === "economic-code" ? ECONOMIC_CLASSES : FUNCTION_CLASSES;
  const code = split.code ?? dictionary[name];
  if (code) return subjectRow(ctx, r, code, split.name.trim(), cells);
  if (!hasValues(cells)) return undefined;
  const row = tableRow(uniqueKey(ctx, name || `第${r + 1}行`), split.name.trim(), r, cells);
  if (!name || !ctx.seenCode) row.total = true;
  return row;
}

/** A 合计 / 总计 line or a unit's subtotal. */
function totalRow(key: string, name: string, r: number, cells: RowCells): TableRow {
  const row = tableRow(key, name, r, cells);
  row.total = true;
  return row;
}

const CODE = /^\d{3,7}$/;

/** A line with its subject code (类 3 digits, 款 5, 项 7). */
function subjectRow(ctx: RowContext, r: number, code: string, name: string, cells: RowCells): TableRow {
  ctx.seenCode = true;
  const row = tableRow(uniqueKey(ctx, code, name), name, r, cells);
  row.code = code;
  row.level = codeLevel(code, ctx.span.kind.rowScheme);
  return row;
}

/**
 * A total printed at the bottom with its label merged across the group (T6: 人员经费合计 | 443.50,
 * 公用经费合计 spanning to the last group's amount column): its value is the first amount to the right.
 */
function namedTotalRow(ctx: RowContext, r: number, name: string, cells: RowCells): TableRow {
  const row = totalRow(uniqueKey(ctx, name), name, r, cells);
  if (hasValues(cells)) return row;
  const [firstKey] = cells.keys();
  const start = Math.min(...cells.cols);
  for (let c = start + 1; c <= ctx.span.right; c++) {
    if (!holdsNumber(ctx.grid.cell(r, c))) continue;
    const claimed = ctx.claimed.get(r);
    if (claimed) claimed.push(c);
    else ctx.claimed.set(r, [c]);
    row.cells = new RowCells(new CellLayout([{ key: firstKey ?? "金额", col: c }]), ctx.span.sheetName, r, ctx.grid.sheet.cells[r]);
    break;
  }
  return row;
}

/** A line of row r whose amount cells a total printed to their left has read already (compared by column: no cell view made). */
function claimedByTotal(ctx: RowContext, r: number, cells: RowCells): boolean {
  const claimed = ctx.claimed.get(r);
  if (!claimed) return false;
  for (const col of cells.cols) if (claimed.includes(col)) return true;
  return false;
}

/** "2080505 机关事业单位基本养老保险缴费支出" in one cell, or the code in its own (possibly split) columns. */
function splitCodeAndName(codeText: string, labelText: string): { code?: string; name: string } {
  const joined = compact(codeText || labelText);
  const m = CODE_THEN_NAME.exec(joined);
  if (m) return { code: m[1], name: labelText && codeText ? labelText : m[2] };
  return { name: labelText || (DIGIT.test(codeText) ? "" : codeText) };
}

function codeLevel(code: string, scheme: string): number {
  if (scheme === "economic-code") return code.length <= 3 ? 1 : 2;
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}

/** The key itself, else "key/name", else "key#n": rows of a code table never share a key. */
function uniqueKey(ctx: RowContext, key: string, name?: string): string {
  const used = ctx.usedKeys;
  if (!used.has(key)) {
    used.add(key); // nearly every key is new: one question of the set, not two
    return key;
  }
  let chosen = name ? `${key}/${compact(name)}` : key;
  if (used.has(chosen)) chosen = `${key}#${ctx.rows.length + 1}`;
  used.add(chosen);
  return chosen;
}

/** A named line of an items table (收支总表, 三公, 资产). */
function itemRow(ctx: RowContext, group: ColumnGroup, r: number, labelText: string, codeText: string, cells: RowCells): TableRow | undefined {
  const label = labelText.trim() || codeText || unlabelledLine(group, r);
  if (!label) return hasValues(cells) ? inheritedLabelRow(ctx, group, r, cells) : undefined;
  const read = itemLabel(compact(label));
  if (read.note) return undefined;
  const side = group.side ?? stackedSide(ctx, read.name);
  const meaning = itemMeaning(ctx.span.kind, side && read.bareTotal ? (side === "income" ? "收入" : "支出") + read.name : read.name);
  const row = tableRow(meaning.canonical, meaning.canonical, r, cells);
  row.code = meaning.code;
  row.side = side;
  if (meaning.total) row.total = true;
  if (read.numbered) row.level = 1;
  if (!meaning.count) return row;
  row.count = true;
  for (const f of fractionalCounts(row, ctx.span.sheetName, ctx.span.kind.title)) ctx.findings.push(f);
  return row;
}

/**
 * A two-sided table (收入支出决算总表) printed stacked in one column pair: its lines are 收入 until the first 支出
 * line (a 功能分类 class, 本年支出合计, or a heading “支出”), then 支出 — so the two 总计 lines are told apart.
 */
function stackedSide(ctx: RowContext, name: string): "income" | "expense" | undefined {
  if (!ctx.span.kind.rows?.收入总计) return undefined;
  ctx.stackedSide ??= "income";
  if (ctx.stackedSide === "income" && (FUNCTION_CLASSES[name] || EXPENSE_SIDE_START.test(name))) ctx.stackedSide = "expense";
  return ctx.stackedSide;
}

/**
 * A table printed with no name or code column at all (寿县's 三公 预算表: one line of amounts under a two-row header)
 * names its lines by their row: “第5行”.
 */
function unlabelledLine(group: ColumnGroup, r: number): string {
  return group.labelCol === undefined && group.codeCols.length === 0 ? `第${r + 1}行` : "";
}

/** T4 prints the 年末 breakdown lines without labels on the expense side: they take the income side's. */
function inheritedLabelRow(ctx: RowContext, group: ColumnGroup, r: number, cells: RowCells): TableRow | undefined {
  const other = otherSideLine(ctx.rows, r, group.side);
  if (!other) return undefined;
  const row = tableRow(other.name, other.name, r, cells);
  row.side = group.side;
  row.level = other.level;
  return row;
}

/** The line already read on row r for the other side. */
function otherSideLine(rows: readonly TableRow[], r: number, side: ColumnGroup["side"]): TableRow | undefined {
  for (const x of rows) if (x.row === r && x.side !== side) return x;
  return undefined;
}

/** The one line named by the whole (“三公”经费支出) is the 合计 when no line is named 合计 and it prints amounts. */
function nameLoneTotal(rows: TableRow[], names: readonly string[]): void {
  if (totalLine(rows)) return;
  const total = rows.filter((r) => names.includes(r.name) && hasValues(r.cells));
  if (total.length !== 1) return;
  total[0].key = total[0].name = "合计";
  total[0].total = true;
}

/**
 * Items tables repeat names under sections (T4: 一般公共预算财政拨款 under 年初 and 年末): a repeated name is
 * keyed "section/name", the section being the nearest line above on the same side whose numbering differs.
 */
function nameDuplicatesBySection(rows: TableRow[]): void {
  const seen = new Set<string>();
  let repeated = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!seen.has(row.key)) {
      seen.add(row.key);
      continue;
    }
    repeated = true;
    const numbered = row.level === 1;
    for (let j = i - 1; j >= 0; j--) {
      const above = rows[j];
      if (above.side === row.side && (above.level === 1) !== numbered && above.row < row.row) {
        row.key = `${above.key}/${row.key}`;
        break;
      }
    }
  }
  if (repeated) numberRepeatedKeys(rows);
}

/** A key still repeated after its section was named gets its count: “合计”, “合计#2”. */
function numberRepeatedKeys(rows: TableRow[]): void {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const n = (counts.get(row.key) ?? 0) + 1;
    counts.set(row.key, n);
    if (n > 1) row.key = `${row.key}#${n}`;
  }
}

/**
 * Parents in a code table: a code's parent is the nearest row above whose code is its prefix (2080505 ⊂ 20805
 * ⊂ 208); uncoded lines belong to the class above them; class rows belong to the unit subtotal above them,
 * which belongs to the 合计 chain above it.
 */
function linkCodeHierarchy(rows: TableRow[]): { row: TableRow; group: TableRow }[] {
  const misplaced: { row: TableRow; group: TableRow }[] = [];
  const chain: TableRow[] = [];
  let unit: TableRow | undefined;
  const byCode = new Map<number, TableRow>();
  let lastClass: TableRow | undefined;
  let seenCode = false;
  for (const row of rows) {
    if (row.total) {
      if (isBottomTotal(row, seenCode)) continue;
      row.parent = seenCode ? (unit?.parent ?? chain[chain.length - 2]?.key) : chain[chain.length - 1]?.key;
      if (!seenCode) chain.push(row);
      unit = row;
      byCode.clear();
      lastClass = undefined;
      continue;
    }
    seenCode = seenCode || !!row.code;
    if (!row.code) {
      row.parent = lastClass?.key ?? unit?.key;
      row.level = (lastClass?.level ?? 0) + 1;
      continue;
    }
    row.parent = nearestPrefixParent(byCode, row.code)?.key ?? unit?.key;
    if (lastClass && row.level !== 1 && !row.code.startsWith(lastClass.code ?? "")) misplaced.push({ row, group: lastClass });
    byCode.set(codeNumber(Number(row.code), row.code.length), row);
    if (row.level === 1) lastClass = row;
  }
  attachRootsToBottomTotal(rows);
  return misplaced;
}

/** A code printed inside another class's block (20921 among the 309xx lines): probably a typing error. */
function misplacedCodeFinding(span: TableSpan, row: TableRow, group: TableRow): Finding {
  const guess = (group.code ?? "") + (row.code ?? "").slice((group.code ?? "").length);
  return {
    rule: "code.placement" satisfies EngineRuleId,
    kind: "input",
    severity: "warning",
    sheet: span.sheetName,
    cell: cellAddress(row.row, row.codeCol ?? span.left),
    related: [],
    message: `科目编码“${row.code}”（${row.name}）排在“${group.code} ${group.name}”之下，但不属于该类，疑为“${guess}”之误。`,
    expected: guess,
    actual: row.code,
    table: span.kind.title,
  };
}

/** Totals printed below the items (人员经费合计 in T6) are not parents by position. */
function isBottomTotal(row: TableRow, seenCode: boolean): boolean {
  return seenCode && row.name !== "" && NAMES_TOTAL.test(row.name) && row.key !== "合计";
}

/**
 * The row of the longest shorter code that prefixes `code` (2080505: 20805, else 208). A code line's code is digits
 * (3 to 7, as codeRow reads it), so each prefix is a number: no string is cut per prefix.
 */
function nearestPrefixParent(byCode: Map<number, TableRow>, code: string): TableRow | undefined {
  let prefix = Number(code);
  for (let len = code.length - 1; len >= 3; len--) {
    prefix = Math.floor(prefix / 10);
    const p = byCode.get(codeNumber(prefix, len));
    if (p) return p;
  }
  return undefined;
}

/** A code of `length` digits as one number that keeps its length (“020” and “20” differ): 20805 → 20805 × 8 + 5. */
function codeNumber(value: number, length: number): number {
  return value * 8 + length;
}

/** When the only 合计 line is printed at the bottom, it is the parent of the top-level rows. */
function attachRootsToBottomTotal(rows: TableRow[]): void {
  const total = totalLine(rows);
  if (!total || rows.indexOf(total) === 0 || rows.slice(0, rows.indexOf(total)).some((r) => r.total)) return;
  for (const row of rows) if (!row.parent && row !== total && !row.total) row.parent = total.key;
}
