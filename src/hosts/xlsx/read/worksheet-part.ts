import type { CellRange, CellSnapshot, CellValue, SheetSnapshot } from "../../../core/snapshot/types";
import { PackageProblem } from "./read-error";
import { readRichText } from "./shared-strings";
import { shiftFormula } from "./shared-formula";
import { CellTag } from "./cell-tag";
import { CLOSE, decodeXml, nextCode, OPEN, XmlScanner } from "./xml-scanner";
import { digitsAt, numberOrText, plainNumber } from "./cell-numbers";
import { clearWithin, hiddenColumns, MAX_COLUMNS, MAX_ROWS, parseRange } from "./sheet-ranges";

/**
 * One worksheet part (xl/worksheets/sheetN.xml) → SheetSnapshot: values (a formula's cached result), number formats,
 * formulas, merged areas, hidden rows and columns. Cost follows the cells written in the part, never the grid's
 * extent: a stray value at XFD1048576 adds one cell, and the rows in between share one frozen empty array (the
 * snapshot's list of rows is built as the rows come, so a row holds an array of its own only once a value lands in it).
 *
 *   <row r="11"><c r="D11" s="5"><v>465.22</v></c></row>   → cells[10][3] = { value: 465.22, numberFormat: "#,##0.00" }
 */

export interface WorksheetContext {
  /** Sheet name as listed in the workbook. */
  name: string;
  part: string;
  /** Undefined when the package has no shared string table. */
  sharedStrings: readonly string[] | undefined;
  /** Number format per cell style index (styles.xml cellXfs). */
  formats: readonly (string | undefined)[];
}

/** Shared by every row without a value: reading it is free, writing to it throws. */
const EMPTY_ROW = Object.freeze([]) as unknown as (CellSnapshot | undefined)[];

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/** The root element of a part that is a sheet but not a worksheet (chart, dialog or macro sheet). */
export const NOT_A_WORKSHEET = new Set(["chartsheet", "dialogsheet", "macrosheet"]);

export function readWorksheet(text: string, ctx: WorksheetContext): SheetSnapshot | undefined {
  const xml = new XmlScanner(text, ctx.part);
  if (!xml.next()) throw new PackageProblem(`工作表“${ctx.name}”的数据（${ctx.part}）是空的，文件已损坏`);
  if (NOT_A_WORKSHEET.has(xml.name)) return undefined;
  if (!xml.is("worksheet")) throw new PackageProblem(`工作表“${ctx.name}”的数据（${ctx.part}）不是工作表，文件已损坏`);
  return new WorksheetReader(xml, ctx).read();
}

class WorksheetReader {
  /** The snapshot's rows so far: EMPTY_ROW, or the row's own array once a value was stored in it. */
  private readonly lines: (CellSnapshot | undefined)[][] = [];
  /** Rows given an array of their own, in the order they got it. */
  private readonly filled: number[] = [];
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumnRanges: [number, number][] = [];
  private readonly sharedFormulas = new Map<string, SharedFormula>();
  private row = -1;
  private col = -1;
  /**
   * The row being read (-1: none) keeps its cells in `rowCells` at the columns listed in `rowCols` (`stored` of them,
   * the last at `rowEnd`) until the row ends; then they move into an array of the row's exact length (an array grown
   * cell by cell would keep room for 17 or more).
   */
  private pending = -1;
  private readonly rowCells: (CellSnapshot | undefined)[] = [];
  private readonly rowCols: number[] = [];
  private stored = 0;
  private rowEnd = -1;
  private lastRow = -1;
  private lastCol = -1;
  private readonly tag = new CellTag();
  /** The current cell's `<v>` text, formula and inline string. */
  private v: string | undefined;
  private formula: string | undefined;
  private inline: string | undefined;

  constructor(
    private readonly xml: XmlScanner,
    private readonly ctx: WorksheetContext,
  ) {}

  read(): SheetSnapshot {
    const xml = this.xml;
    let closed = false;
    while (xml.next()) {
      if (xml.kind === CLOSE) {
        if (xml.is("worksheet")) closed = true;
        continue;
      }
      if (xml.is("sheetData")) {
        if (xml.kind === OPEN) this.readSheetData();
      } else if (xml.is("col")) this.readColumn();
      else if (xml.is("mergeCell")) this.readMerge();
    }
    if (!closed) throw new PackageProblem(`工作表“${this.ctx.name}”的数据不完整（${this.ctx.part} 在中途结束），文件可能被截断或已损坏`);
    return this.snapshot();
  }

  private readSheetData(): void {
    const xml = this.xml;
    const s = xml.xml;
    const tag = this.tag;
    for (;;) {
      const at = xml.position;
      const lt = s.charCodeAt(at) === 0x3c ? at : s.indexOf("<", at); // a cell's tag mostly follows the last one's end
      if (lt >= 0 && s.charCodeAt(lt + 1) === 0x63 && s.charCodeAt(lt + 2) === 0x20 && tag.parse(s, lt)) {
        xml.seek(tag.end);
        this.readCell(tag);
        continue;
      }
      if (s.startsWith("</row>", lt)) {
        xml.seek(lt + 6);
        continue;
      }
      if (!xml.next()) xml.fail();
      if (xml.kind === CLOSE) {
        if (xml.is("sheetData")) return;
        continue;
      }
      if (xml.is("c")) {
        tag.fromScanner(xml);
        this.readCell(tag);
      } else if (xml.is("row")) this.startRow();
      else xml.skipElement();
    }
  }

  private startRow(): void {
    const xml = this.xml;
    const r = xml.attrSlot("r");
    this.row = r < 0 ? this.row + 1 : digitsAt(xml.xml, xml.valueStart(r), xml.valueEnd(r)) - 1;
    if (!(this.row >= 0 && this.row < MAX_ROWS)) this.badAddress(`第 ${r < 0 ? this.row + 1 : xml.attr("r")} 行`);
    this.col = -1;
    if (xml.attrSlot("hidden") < 0) return;
    const hidden = xml.attr("hidden");
    if (hidden === "1" || hidden === "true") this.hiddenRows.push(this.row);
  }

  /** Stores a cell at the current row and column: in the row being read, or in a row read before (rows may come in any order). */
  private store(cell: CellSnapshot): void {
    const row = this.row;
    const col = this.col;
    if (row !== this.pending) {
      const earlier = this.lines[row];
      if (earlier !== undefined && earlier !== EMPTY_ROW) {
        earlier[col] = cell;
        return;
      }
      this.endRow();
      this.pending = row;
    }
    if (this.rowCells[col] === undefined) this.rowCols[this.stored++] = col;
    this.rowCells[col] = cell;
    if (col > this.rowEnd) this.rowEnd = col;
  }

  /** The row being read gets its own array, of its exact length (holes where no cell was stored). */
  private endRow(): void {
    const row = this.pending;
    if (row < 0) return;
    const { rowCells, rowCols, lines } = this;
    const line = new Array<CellSnapshot | undefined>(this.rowEnd + 1);
    for (let k = 0; k < this.stored; k++) {
      const col = rowCols[k];
      line[col] = rowCells[col];
      rowCells[col] = undefined;
    }
    while (lines.length <= row) lines.push(EMPTY_ROW);
    lines[row] = line;
    this.filled.push(row);
    this.pending = this.rowEnd = -1;
    this.stored = 0;
  }

  private readCell(tag: CellTag): void {
    if (tag.refStart >= 0) this.moveTo(tag.refStart, tag.refEnd);
    else this.col++;
    if (this.row < 0) this.row = 0;
    if (this.col >= MAX_COLUMNS) this.badAddress(`第 ${this.col + 1} 列`);
    if (tag.empty) return;
    const numberFormat = this.ctx.formats[tag.styleStart < 0 ? 0 : digitsAt(this.xml.xml, tag.styleStart, tag.styleEnd)];
    const plain = this.readPlainCell(tag, numberFormat);
    const cell = plain === false ? this.readFullCell(tag.type, numberFormat) : plain;
    if (!cell) return;
    this.store(cell);
    if (this.row > this.lastRow) this.lastRow = this.row;
    if (this.col > this.lastCol) this.lastCol = this.col;
  }

  /** Sets row and column from a reference such as "D11" (xml[start, end)); any row may follow any other. */
  private moveTo(start: number, end: number): void {
    const s = this.xml.xml;
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const c = s.charCodeAt(i) | 0x20; // lower case
      if (c < 0x61 || c > 0x7a) break;
      col = col * 26 + (c - 0x60);
    }
    const row = digitsAt(s, i, end) - 1;
    if (i === start || i > start + 3 || !(row >= 0 && row < MAX_ROWS) || col > MAX_COLUMNS) this.badAddress(s.slice(start, end));
    this.row = row;
    this.col = col - 1;
  }

  /**
   * The common cell `<c r="D11" s="5"><v>465.22</v></c>` read in one step, a number or a shared string index parsed
   * in place (most cells of every workbook look like this). False when the cell has another shape; nothing is
   * consumed then.
   */
  private readPlainCell(tag: CellTag, numberFormat: string | undefined): CellSnapshot | undefined | false {
    const xml = this.xml;
    const s = xml.xml;
    const type = tag.type;
    const start = tag.end + 3;
    if (!s.startsWith("<v>", tag.end)) return false;
    const end = nextCode(s, 0x3c, start);
    if (end < 0 || !s.startsWith("</v></c>", end)) return false;
    xml.seek(end + 8);
    this.formula = this.inline = undefined;
    if (type === undefined || type === "n") {
      if (start === end) return undefined;
      const n = plainNumber(s, start, end);
      return { value: n === n ? n : numberOrText(decodeXml(s.slice(start, end))), numberFormat };
    }
    if (type === "s") {
      const index = digitsAt(s, start, end);
      // the index as written is sliced out only for the message of a missing entry (no string per text cell)
      return { value: this.ctx.sharedStrings?.[index] ?? this.sharedString(index, s.slice(start, end)), numberFormat };
    }
    this.v = decodeXml(s.slice(start, end));
    return this.toSnapshot(type, numberFormat);
  }

  /** Any other cell: its `<v>`, `<f>` and `<is>` read element by element. */
  private readFullCell(type: string | undefined, numberFormat: string | undefined): CellSnapshot | undefined {
    this.readCellContent();
    return this.toSnapshot(type, numberFormat);
  }

  /** `<v>`, `<f>` and `<is>` of the current `<c>` into v, formula, inline; leaves the scanner on `</c>`. */
  private readCellContent(): void {
    const xml = this.xml;
    this.v = this.formula = this.inline = undefined;
    for (;;) {
      if (!xml.next()) xml.fail();
      if (xml.kind === CLOSE) {
        if (xml.is("c")) return;
        continue;
      }
      if (xml.is("v")) this.v = xml.text();
      else if (xml.is("f")) this.formula = this.readFormula();
      else if (xml.is("is")) this.inline = xml.kind === OPEN ? readRichText(xml, "is") : "";
      else xml.skipElement();
    }
  }

  /** The formula of the current cell; a shared one is the block's first formula moved to this cell. */
  private readFormula(): string | undefined {
    const xml = this.xml;
    const shared = xml.attr("t") === "shared" ? xml.attr("si") : undefined;
    const text = xml.text();
    if (shared === undefined) return text || undefined;
    if (text) {
      this.sharedFormulas.set(shared, { formula: text, row: this.row, col: this.col });
      return text;
    }
    const first = this.sharedFormulas.get(shared);
    return first ? shiftFormula(first.formula, this.row - first.row, this.col - first.col) : undefined;
  }

  /** The current cell as a snapshot, built in one literal (one allocation, one shape); undefined when it holds nothing. */
  private toSnapshot(type: string | undefined, numberFormat: string | undefined): CellSnapshot | undefined {
    const { v, formula } = this;
    if (type === "e") return v === undefined && formula === undefined ? undefined : { value: null, error: v, formula, numberFormat };
    const value = this.value(type, v);
    if (value === undefined) return formula === undefined ? undefined : { value: null, formula, numberFormat };
    return formula === undefined ? { value, numberFormat } : { value, formula, numberFormat };
  }

  /** The cell's value by its type: number (default), shared string, formula string, inline string, boolean, date. */
  private value(type: string | undefined, v: string | undefined): CellValue | undefined {
    if (type === undefined || type === "n") return v === undefined || v === "" ? undefined : numberOrText(v);
    switch (type) {
      case "s":
        return v === undefined ? undefined : this.sharedString(Number(v), v);
      case "str":
        return v;
      case "inlineStr":
        return this.inline ?? v;
      case "b":
        return v === undefined ? undefined : v === "1" || v === "true";
      case "d":
        return v === "" ? undefined : v;
      default:
        return v === undefined || v === "" ? undefined : numberOrText(v);
    }
  }

  /** Entry `index` of the shared string table (`written` is the index as the cell wrote it, for the message). */
  private sharedString(index: number, written: string): string {
    const table = this.ctx.sharedStrings;
    if (!table) throw new PackageProblem(`工作表“${this.ctx.name}”引用了共享字符串表，但文件中没有 xl/sharedStrings.xml，文件已损坏`);
    const text = table[index];
    if (text === undefined) throw new PackageProblem(`工作表“${this.ctx.name}”引用的第 ${written} 个共享字符串不存在（共 ${table.length} 个），文件已损坏`);
    return text;
  }

  private readColumn(): void {
    const hidden = this.xml.attr("hidden");
    if (hidden !== "1" && hidden !== "true") return;
    const min = Number(this.xml.attr("min"));
    const max = Number(this.xml.attr("max") ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1) this.hiddenColumnRanges.push([min - 1, Math.min(max, MAX_COLUMNS) - 1]);
  }

  /** `<mergeCell ref="A1:F1"/>`, the reference read where it is written (decoded first only when it holds an entity). */
  private readMerge(): void {
    const xml = this.xml;
    const slot = xml.attrSlot("ref");
    if (slot < 0) return;
    const start = xml.valueStart(slot);
    const end = xml.valueEnd(slot);
    const range = hasEntity(xml.xml, start, end) ? parseRange(decodeXml(xml.xml.slice(start, end))) : parseRange(xml.xml, start, end);
    if (range) this.merges.push(range);
  }

  private badAddress(what: string): never {
    throw new PackageProblem(`工作表“${this.ctx.name}”中的单元格位置“${what}”超出 Excel 的范围，文件已损坏`);
  }

  private snapshot(): SheetSnapshot {
    this.endRow();
    this.clearMergedContinuations();
    let rowCount = this.lastRow + 1;
    for (const m of this.merges) if (m.bottom >= rowCount) rowCount = m.bottom + 1;
    const columnCount = this.lastCol + 1;
    const cells = this.lines;
    if (cells.length > rowCount) cells.length = rowCount;
    while (cells.length < rowCount) cells.push(EMPTY_ROW);
    for (const r of this.filled) if (r < rowCount && cells[r].length === 0) cells[r] = EMPTY_ROW;
    return {
      name: this.ctx.name,
      cells,
      rowCount,
      columnCount,
      merges: this.merges,
      hiddenRows: [...new Set(this.hiddenRows.filter((r) => r < rowCount))].sort((a, b) => a - b),
      hiddenColumns: hiddenColumns(this.hiddenColumnRanges, columnCount),
    };
  }

  /** Only the top-left cell of a merged area carries a value (as Excel shows it); the others are emptied. */
  private clearMergedContinuations(): void {
    let cleared = 0;
    const { lines, filled } = this;
    for (const m of this.merges) {
      if (m.bottom - m.top < filled.length) {
        const last = Math.min(m.bottom, lines.length - 1);
        for (let r = m.top; r <= last; r++) cleared += clearWithin(lines[r], m, r);
      } else {
        for (const r of filled) if (r >= m.top && r <= m.bottom) cleared += clearWithin(lines[r], m, r);
      }
    }
    if (cleared > 0) this.recountExtent();
  }

  /** The last row and column holding a value, after merged continuations were emptied. */
  private recountExtent(): void {
    this.lastRow = -1;
    this.lastCol = -1;
    for (const r of this.filled) {
      const line = this.lines[r];
      let last = line.length - 1;
      while (last >= 0 && line[last] === undefined) last--;
      line.length = last + 1;
      if (last < 0) continue;
      if (r > this.lastRow) this.lastRow = r;
      if (last > this.lastCol) this.lastCol = last;
    }
  }
}

/** An `&` in s[start, end): the text holds an entity or character reference. */
function hasEntity(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) === 0x26) return true;
  return false;
}
