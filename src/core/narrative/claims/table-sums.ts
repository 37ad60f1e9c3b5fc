import { Decimal, formatFixed, unitDecimals } from "../../numbers/decimal";
import { parseNumberText } from "../../numbers/parse-number";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { parseCellAddress } from "../../snapshot/address";
import { cellCount, rowCells, type RowCell } from "../../text/table-row";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";

/** A row of a table flattened into the text (one paragraph): its name and its cells after the name. */
interface FlatRow {
  at: ParsedParagraph;
  name: RowCell;
  cells: RowCell[];
}

/** A number of a row's cell, as printed (“6.28”, “1,055.40”); a percentage, a dash or words are none. */
interface CellAmount {
  cell: RowCell;
  value: Decimal;
  unit: Decimal;
  places: number;
}

/** A total row and the rows it adds up, in one block. */
interface SumRange {
  total: FlatRow;
  parts: FlatRow[];
}

const TOTAL = /^(?:合计|总计)$/;
const SUBTOTAL = /^小计$/;
/** A name that is a level of its own inside a range: a subtotal, a “其中” line, a part said to be included. */
const OTHER_LEVEL = /合计|总计|小计|^其中|^含|^包括/;
/**
 * A column head of figures that do not add up: rates, shares, averages (“增幅%”, “为预算的%”, “增、减幅度”, “占比”), and
 * numbers that are no amounts (行次, 序号, 科目编码, 年度).
 */
const NOT_ADDED = /[%％率幅比均占]|行次|栏次|序号|编码|代码|编号|年度|年份/;
/** The outline mark a row's name opens with (“1.”, “(1)”, “一、”, “(一)”, “①”): rows of one level share its kind. */
const OUTLINE_MARKS: readonly RegExp[] = [/^\d+\s*[.、．]/, /^[(（]\d+[)）]/, /^[一二三四五六七八九十]+、/, /^[(（][一二三四五六七八九十]+[)）]/, /^[①-⑳]/];

/**
 * The 合计 (总计, 小计) rows of tables flattened into the text (“合 计 | 18 | 6.28 |” over “因公出国(境)费 | 0 | 0 |” …)
 * against the sum of the rows they total, column by column (issue #19: arithmetic inside the text when no real table
 * is there). Only a shape that leaves no doubt which rows a total adds is judged — one block of consecutive rows of
 * as many cells, a header above naming each column, the total first or last of the rows (a 小计 closing the rows since
 * the previous one), its parts of one level and the column all numbers; any other shape is left alone.
 * The total is the figure named: no relation of the text ties a row's cell, so nothing confirms it (./culprit.ts).
 */
export function checkTableSums(parsed: readonly ParsedParagraph[]): Located[] {
  return blocksOf(parsed).flatMap((block) => {
    const header = block.filter((_, i) => block.slice(0, i + 1).every((row) => !row.cells.some(isNumber)));
    const rows = block.slice(header.length);
    if (header.length === 0 || rows.length < 3 || rows.some((row) => !isName(row.name))) return [];
    return rangesOf(rows).flatMap((range) => judgedRange(range, header));
  });
}

/** Runs of consecutive paragraphs that are flattened rows of as many cells. */
function blocksOf(parsed: readonly ParsedParagraph[]): FlatRow[][] {
  const blocks: FlatRow[][] = [];
  let width: number | undefined;
  parsed.forEach((at, i) => {
    const cells = cellCount(at.paragraph.text);
    const joined = cells !== undefined && cells === width && adjacent(parsed[i - 1], at);
    width = cells;
    if (cells === undefined) return;
    const [name, ...rest] = rowCells(at.paragraph.text);
    const row = { at, name, cells: rest };
    if (joined) blocks[blocks.length - 1].push(row);
    else blocks.push([row]);
  });
  return blocks;
}

/**
 * Lines next to each other in their file (a line without words, never read, breaks a block), lines of one cell, or
 * cells one under the other in a sheet's column.
 */
function adjacent(before: ParsedParagraph, after: ParsedParagraph): boolean {
  const [a, b] = [before.paragraph, after.paragraph];
  if (a.index !== undefined && b.index !== undefined) return b.index === a.index + 1;
  if (a.cell === undefined || b.cell === undefined || a.sheet !== b.sheet) return false;
  const [upper, lower] = [parseCellAddress(a.cell), parseCellAddress(b.cell)];
  return a.cell === b.cell || (upper.col === lower.col && lower.row === upper.row + 1);
}

/**
 * The totals of a block's rows and the rows each adds: a 合计 (总计) first or last and every other row; or each 小计
 * with the rows since the previous 小计, where every group is closed by its 小计 (none opens the rows: a 小计 printed
 * above its group would be read with the wrong rows), the 合计 then not judged (its rows mix the levels).
 */
function rangesOf(rows: FlatRow[]): SumRange[] {
  const isTotal = (row: FlatRow) => TOTAL.test(bare(row.name.text));
  const subtotals = rows.filter((row) => SUBTOTAL.test(bare(row.name.text)));
  if (subtotals.length === 0) {
    const totals = rows.filter(isTotal);
    if (totals.length !== 1) return [];
    const [total] = totals;
    if (total === rows[0]) return [{ total, parts: rows.slice(1) }];
    return total === rows[rows.length - 1] ? [{ total, parts: rows.slice(0, -1) }] : [];
  }
  const body = isTotal(rows[0]) ? rows.slice(1) : isTotal(rows[rows.length - 1]) ? rows.slice(0, -1) : rows;
  const closes = (row: FlatRow | undefined) => row !== undefined && SUBTOTAL.test(bare(row.name.text));
  if (closes(body[0]) || !closes(body[body.length - 1])) return [];
  const ranges: SumRange[] = [];
  let since = 0;
  body.forEach((row, i) => {
    if (!subtotals.includes(row)) return;
    ranges.push({ total: row, parts: body.slice(since, i) });
    since = i + 1;
  });
  return ranges;
}

/** Each column of a range that can be judged, judged; none when the rows' shape leaves doubt. */
function judgedRange({ total, parts }: SumRange, header: FlatRow[]): Located[] {
  if (parts.length < 2 || !oneLevel(parts)) return [];
  const rows = [total, ...parts];
  const columns = total.cells
    .map((_, c) => c)
    .filter((c) => !NOT_ADDED.test(headOf(header, c)) && headOf(header, c) !== "" && rows.every((row) => amountOf(row.cells[c])))
    .map((c) => columnOf(rows, c));
  if (columns.length === 0 || explainedByShape(parts.length, columns)) return [];
  return columns.flatMap((column) => columnIssue(total, parts, column, headOf(header, column.c)));
}

/**
 * Parts of one level: no name a level of its own (其中…, 小计), one outline mark for all, one indent for all — an
 * indented row or a “(1)” under “3.” is a part of the row above, whose figure already holds it.
 */
function oneLevel(parts: FlatRow[]): boolean {
  if (parts.some((row) => OTHER_LEVEL.test(bare(row.name.text)))) return false;
  const kinds = new Set(parts.map((row) => OUTLINE_MARKS.findIndex((mark) => mark.test(row.name.text))));
  const indents = new Set(parts.map((row) => row.name.indent));
  return kinds.size === 1 && indents.size === 1;
}

/**
 * Column c of a range, each cell read once: its rows' amounts (the total first, then the parts), the intervals their
 * printing allows, and running sums over the parts, so the sum of any run of parts is one subtraction.
 */
interface Column {
  c: number;
  amounts: CellAmount[];
  intervals: RoundingInterval[];
  /** Sums of the first k parts (k = 0 … parts): values, and the intervals' low and high ends. */
  sums: { value: Decimal; low: Decimal; high: Decimal }[];
}

function columnOf(rows: readonly FlatRow[], c: number): Column {
  const amounts = rows.map((row) => amountOf(row.cells[c])!);
  const places = Math.max(...amounts.map((a) => a.places));
  const intervals = amounts.map((a) => interval(a, places));
  const sums = [{ value: new Decimal(0), low: new Decimal(0), high: new Decimal(0) }];
  amounts.slice(1).forEach((a, k) => {
    const before = sums[k];
    sums.push({ value: before.value.plus(a.value), low: before.low.plus(intervals[k + 1].low), high: before.high.plus(intervals[k + 1].high) });
  });
  return { c, amounts, intervals, sums };
}

/** Whether row `whole` (0 the total, i + 1 part i) adds up to parts [from, to) in every column, within rounding. */
function adds(columns: readonly Column[], whole: number, from: number, to: number): boolean {
  return columns.every(({ amounts, intervals, sums }) => {
    const [first, last] = [sums[from], sums[to]];
    const run = new RoundingInterval(last.low.minus(first.low), last.high.minus(first.high));
    return judgeAmounts(amounts[whole].value, intervals[whole], last.value.minus(first.value), run) !== "error";
  });
}

/**
 * Whether the figures themselves show a shape other than total = Σ rows in every column judged: a row that is the sum
 * of the rows right after it or right before it (its parts listed unmarked beside it: 公务用车购置及运行维护费 over 购置费
 * and 运行维护费), or a run of the rows that alone adds up to the total (the others are outside it: 机关运行经费 under a
 * 三公 table). Either leaves no certain sum to judge; a slip it hides is missed, never told wrongly. Runs are summed
 * from the columns' running sums: the cost grows with the square of the rows, not faster.
 */
function explainedByShape(n: number, columns: readonly Column[]): boolean {
  const nonZero = (i: number) => columns.some((column) => !column.amounts[i + 1].value.isZero());
  for (let i = 0; i < n; i++) {
    if (!nonZero(i)) continue;
    for (let to = i + 2; to <= n; to++) if (adds(columns, i + 1, i + 1, to)) return true; // the rows right after it
    for (let from = 0; from < i; from++) if (adds(columns, i + 1, from, i)) return true; // the rows right before it
  }
  for (let from = 0; from < n; from++) {
    for (let to = from + 1; to <= n; to++) if (to - from < n && adds(columns, 0, from, to)) return true; // a run but the whole list
  }
  return false;
}

function columnIssue(total: FlatRow, parts: FlatRow[], column: Column, head: string): Located[] {
  const { c, amounts, intervals, sums } = column;
  const all = sums[parts.length];
  const verdict = judgeAmounts(amounts[0].value, intervals[0], all.value, new RoundingInterval(all.low, all.high));
  if (verdict === "equal") return [];
  const cell = amounts[0];
  const expected = formatFixed(all.value, Math.max(...amounts.map((a) => a.places)));
  const name = bare(total.name.text);
  const what = `${name}行“${head}”列`;
  const terms = parts.map((row) => row.cells[c].text).join(" + ");
  const side = total.at.order < parts[0].at.order ? "其下" : "其上";
  const headline =
    verdict === "rounding"
      ? `${what}写${cell.cell.text}，${side}${parts.length}行之和为${expected}，相差在四舍五入尾差范围内，请确认。`
      : `${what}写${cell.cell.text}，应为${expected}（${side}${parts.length}行之和）；若合计无误，则某一行有误。`;
  const issue: ClaimIssue = {
    rule: "tableSum",
    verdict,
    target: mentionOf(cell, what),
    involved: parts.map((row, k) => mentionOf(amounts[k + 1], `${bare(row.name.text)}行“${head}”列`)),
    subject: what,
    headline,
    steps: [`${terms} = ${expected}`, `${what} ${cell.cell.text}`],
    message:
      verdict === "rounding"
        ? `文中表格${what}写${cell.cell.text}，${side}${parts.length}行 ${terms} = ${expected}，相差在四舍五入尾差范围内。`
        : `文中表格${what}写${cell.cell.text}，${side}${parts.length}行 ${terms} = ${expected}：合计应为${expected}，或某一行有误。`,
    expected,
    actual: cell.cell.text,
  };
  return [{ issue, at: total.at }];
}

/** The words heading column c: its cells in the header rows, joined. */
function headOf(header: FlatRow[], c: number): string {
  return header.map((row) => bare(row.cells[c]?.text ?? "")).join("");
}

function amountOf(cell: RowCell | undefined): CellAmount | undefined {
  if (!cell) return undefined;
  const read = parseNumberText(cell.text);
  if (read.kind !== "number" || read.percent) return undefined;
  return { cell, value: read.value, unit: read.unit, places: unitDecimals(read.unit) };
}

const isNumber = (cell: RowCell) => parseNumberText(cell.text).kind === "number";
const isName = (cell: RowCell) => parseNumberText(cell.text).kind === "text";

/**
 * A cell's figure as the interval its printing allows; a 0 printed bare in a column of decimals (“0” among “6.28”) is
 * none at all, exactly 0 — as a stated 0 of the text (./mentions.ts) —, while in a column of whole numbers it is as
 * rounded as they are.
 */
function interval({ value: v, unit, places }: CellAmount, columnPlaces: number): RoundingInterval {
  return RoundingInterval.of(v, v.isZero() && columnPlaces > places ? new Decimal(0) : unit);
}
const bare = (words: string) => words.replace(/\s+/g, "");

/** A cell's figure as a mention of the text: where it stands in its row's paragraph, so a finding quotes it. */
function mentionOf({ cell, value: v, unit, places }: CellAmount, label: string): Mention {
  return {
    kind: "amount",
    value: v,
    unit,
    places,
    label,
    rawLabel: label,
    text: cell.text,
    printed: cell.text,
    start: cell.start,
    end: cell.end,
    depth: 0,
    clause: 0,
    group: -1,
    slot: 0,
    groupSize: 1,
  };
}
