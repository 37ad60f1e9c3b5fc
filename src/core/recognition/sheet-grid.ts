import type { CellRange, CellSnapshot, SheetSnapshot } from "../snapshot/types";
import { getCell } from "../snapshot/types";
import { MergedAreas } from "../snapshot/merged-areas";
import { cellAddress } from "../snapshot/address";
import { parseCellNumber } from "../snapshot/cell-number";
import { displayText } from "../snapshot/display-text";
import type { NumberCell, SourceCell } from "../tables/source-cell";
import { cellText, compact } from "../text/normalize";

/** Where rowTexts gathers a row's texts before keeping a copy (reading is synchronous: one list serves every grid). */
const ROW_TEXTS: string[] = [];

function amongFirst(list: readonly string[], count: number, text: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === text) return true;
  return false;
}

/**
 * Read-only view of a sheet, the one every table reader uses (the 决算/预算 tables and the 绩效 tables): the text of
 * every cell, with merged areas filled in for header reading (a merged header spans all its columns) but not for
 * amount data; and cells as shown (`shown…`, `source`, `number`): every cell of a merged area reads as its top-left
 * cell, which is how an accountant reads a merged 一级指标 or 项目名称 cell.
 */
export class SheetGrid {
  private readonly merges: MergedAreas;
  /** Per row, kept in Maps: the rows asked are a sparse few, and a sparse array falls back to slow elements. */
  private readonly rowTextCache = new Map<number, readonly string[]>();
  private readonly shownRowCache = new Map<number, { col: number; text: string }[]>();

  constructor(readonly sheet: SheetSnapshot) {
    this.merges = MergedAreas.of(sheet);
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  get columnCount(): number {
    return this.sheet.columnCount;
  }

  cell(row: number, col: number): CellSnapshot | undefined {
    return getCell(this.sheet, row, col);
  }

  /** Raw text of the cell itself (no merge fill). */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    return cell ? cellText(cell.value) : "";
  }

  /** Text of the cell or of the merged area covering it. */
  filledText(row: number, col: number): string {
    return this.filledTextUnder(this.merges.coveringMerge(row, col), row, col);
  }

  /**
   * The merged area covering (row, col) when (row, col) is not its top-left cell. One lookup answers what a reader
   * of a row asks of each cell: continuesLeft (its top is the row), isMergedSlave (there is one), filledText
   * (filledTextUnder).
   */
  coveringMerge(row: number, col: number): CellRange | undefined {
    return this.merges.coveringMerge(row, col);
  }

  /** filledText of (row, col), given its coveringMerge. */
  filledTextUnder(merge: CellRange | undefined, row: number, col: number): string {
    return merge ? this.text(merge.top, merge.left) : this.text(row, col);
  }

  /** True when the cell is covered by a merged area it does not own. */
  isMergedSlave(row: number, col: number): boolean {
    return this.merges.coveringMerge(row, col) !== undefined;
  }

  /** Covered by a merge whose top-left cell is earlier in the same row (its text was already met). */
  continuesLeft(row: number, col: number): boolean {
    return this.merges.coveringMerge(row, col)?.top === row;
  }

  /** Covered by a merge whose top-left cell is in an earlier column (a header spanning this column and its left). */
  mergedFromLeft(row: number, col: number): boolean {
    const owner = this.merges.coveringMerge(row, col);
    return owner !== undefined && owner.left < col;
  }

  /** Columns of a row that hold a cell or where a merge crossing the row starts, in order (the rest is empty). */
  columns(row: number): readonly number[] {
    return this.merges.columns(row);
  }

  /** Rows between `from` and `to` (inclusive) that hold something, in order: empty rows are never visited. */
  rowsBetween(from: number, to: number): number[] {
    return this.merges.rowsBetween(from, to);
  }

  /**
   * The first row at or after `row` that holds something (Infinity when none): `for (let r = grid.rowFrom(a); r <= b;
   * r = grid.rowFrom(r + 1))` visits the rows of rowsBetween(a, b) without making the list.
   */
  rowFrom(row: number): number {
    return this.merges.rowFrom(row);
  }

  /** Last column a row's cells or merges reach; −1 for an empty row. */
  rightEdge(row: number): number {
    return this.merges.rightEdge(row);
  }

  /** Distinct compacted non-empty texts of a row (merge-filled), read once per row. */
  rowTexts(row: number): readonly string[] {
    let texts = this.rowTextCache.get(row);
    if (texts) return texts;
    // Gathered in one reused list and kept as a copy of its size (a list grown by push keeps room for 17).
    const count = this.merges.mergesIn(row).length === 0 ? this.gatherOwnTexts(row) : this.gatherFilledTexts(row);
    texts = ROW_TEXTS.slice(0, count);
    this.rowTextCache.set(row, texts);
    return texts;
  }

  /** A row no merge crosses: its own cells' texts into ROW_TEXTS, read in place (no list of its columns made). */
  private gatherOwnTexts(row: number): number {
    const line = this.sheet.cells[row];
    let count = 0;
    if (line)
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        const t = cell ? compact(cellText(cell.value)) : "";
        if (t && !amongFirst(ROW_TEXTS, count, t)) ROW_TEXTS[count++] = t;
      }
    return count;
  }

  /** A row merges cross: each column's text as filled from its merge, a merge's text once, into ROW_TEXTS. */
  private gatherFilledTexts(row: number): number {
    let count = 0;
    for (const c of this.columns(row)) {
      const merge = this.merges.coveringMerge(row, c);
      if (merge?.top === row) continue; // continues a merge begun to its left: its text was met there
      const t = compact(this.filledTextUnder(merge, row, c));
      if (t && !amongFirst(ROW_TEXTS, count, t)) ROW_TEXTS[count++] = t;
    }
    return count;
  }

  /**
   * Two rows header reading cannot tell apart (filledText, mergedFromLeft and the rest read alike in every column):
   * the same texts in the same columns, and the same merges crossing them, each starting above or in the row alike,
   * with the same text. Compared in place, nothing made.
   */
  readsAlike(a: number, b: number): boolean {
    const colsA = this.columns(a);
    const colsB = this.columns(b);
    if (colsA.length !== colsB.length) return false;
    for (let i = 0; i < colsA.length; i++) if (colsA[i] !== colsB[i] || !this.sameText(a, b, colsA[i])) return false;
    const mergesA = this.merges.mergesIn(a);
    const mergesB = this.merges.mergesIn(b);
    if (mergesA.length !== mergesB.length) return false;
    for (let i = 0; i < mergesA.length; i++) {
      const m = mergesA[i];
      const n = mergesB[i];
      if (m.left !== n.left || m.right !== n.right || m.top < a !== n.top < b || this.text(m.top, m.left) !== this.text(n.top, n.left)) return false;
    }
    return true;
  }

  /** Rows a and b show the same text in column col: the same value is the same text, with no text made (栏次 1, 2, 3 …). */
  private sameText(a: number, b: number, col: number): boolean {
    return this.cell(a, col)?.value === this.cell(b, col)?.value || this.text(a, col) === this.text(b, col);
  }

  /** First non-empty cell text of a row, compacted. */
  firstText(row: number): string {
    const line = this.sheet.cells[row];
    if (!line) return "";
    // The row's own cells, left to right (a merge crossing the row adds no text of its own): every body row is
    // asked, so no list of its columns is made and kept.
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      const t = cell ? compact(cellText(cell.value)) : "";
      if (t) return t;
    }
    return "";
  }

  /** Top-left cell of the merged area holding (row, col), or (row, col) itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    return this.merges.ownerOf(row, col) ?? { row, col };
  }

  /** The cell shown at (row, col): the top-left cell of its merged area, or the cell itself. */
  shownCell(row: number, col: number): CellSnapshot | undefined {
    const a = this.anchor(row, col);
    return getCell(this.sheet, a.row, a.col);
  }

  /** Text as shown (merged areas read as their top-left cell, numbers as formatted), trimmed. */
  shownText(row: number, col: number): string {
    return displayText(this.shownCell(row, col)).trim();
  }

  /** Text shown by the cell itself, ignoring merges (empty for a merge continuation). */
  ownShownText(row: number, col: number): string {
    return this.isMergedSlave(row, col) ? "" : this.shownText(row, col);
  }

  /** The cell shown at (row, col) with its sheet, address and text, for a finding to point at. */
  source(row: number, col: number): SourceCell {
    const a = this.anchor(row, col);
    return { sheet: this.name, row: a.row, col: a.col, address: cellAddress(a.row, a.col), text: this.shownText(row, col) };
  }

  /** The cell as a source with its number, when it shows one. */
  number(row: number, col: number): NumberCell {
    const source = this.source(row, col);
    const parsed = parseCellNumber(this.shownCell(row, col));
    if (parsed.kind !== "number") return source;
    return { ...source, value: parsed.value, unit: parsed.unit };
  }

  /** Texts shown in a row from `from` to the last column, merged areas counted once (read once per row). */
  shownRowTexts(row: number, from = 0): { col: number; text: string }[] {
    let all = this.shownRowCache.get(row);
    if (!all) {
      all = this.readShownRow(row);
      this.shownRowCache.set(row, all);
    }
    return from === 0 ? all : all.filter((t) => t.col >= from);
  }

  /** The texts typed in a row (string cells, trimmed, merged areas once): no number is formatted. */
  rowStrings(row: number): string[] {
    const out: string[] = [];
    for (const c of this.columns(row)) {
      if (this.mergedFromLeft(row, c)) continue;
      const v = this.shownCell(row, c)?.value;
      const t = typeof v === "string" ? v.trim() : "";
      if (t) out.push(t);
    }
    return out;
  }

  private readShownRow(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (const c of this.columns(row)) {
      if (this.mergedFromLeft(row, c)) continue;
      const t = this.shownText(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}
