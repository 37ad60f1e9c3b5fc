import type { Pause } from "../steps";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./types";

/**
 * A workbook snapshot as a few flat arrays, to hand to the engine's worker and back: typed arrays are transferred
 * (not copied) and a list of distinct strings is cloned at once, where a million cell objects would be cloned one by
 * one in a single task of seconds on the page's thread. Packing and unpacking pause now and then (`pause`), so the
 * thread that does it stays responsive.
 */
export interface PackedSnapshot {
  name: string;
  /** Every distinct text of the workbook; the cells name them by position + 1 (0: none). */
  strings: string[];
  sheets: PackedSheet[];
}

/** A sheet's cells in row order; the rest of the sheet (name, counts, merges, hidden rows) as it was. */
export interface PackedSheet {
  sheet: Omit<SheetSnapshot, "cells">;
  /** Length of each row's array of cells; -1 for a row that has none (`cells[r]` undefined). */
  rowLength: Int32Array;
  /** The cells of row r are cells rowStart[r] … rowStart[r + 1] - 1. */
  rowStart: Int32Array;
  column: Int32Array;
  /** The value's type: VALUE_KIND. */
  kind: Uint8Array;
  number: Float64Array;
  /** The string value, the displayed text, the number format, the formula and the error, as positions in `strings` + 1. */
  value: Int32Array;
  text: Int32Array;
  format: Int32Array;
  formula: Int32Array;
  error: Int32Array;
}

const VALUE_KIND = { null: 0, number: 1, string: 2, true: 3, false: 4 } as const;

/** Cells packed or unpacked between two pauses. */
const CELLS_PER_SLICE = 50_000;

const noPause: Pause = () => Promise.resolve();

export async function packSnapshot(snapshot: WorkbookSnapshot, pause: Pause = noPause): Promise<PackedSnapshot> {
  const strings = new StringTable();
  const sheets: PackedSheet[] = [];
  let sinceBreath = 0;
  for (const sheet of snapshot.sheets) {
    const { cells, ...rest } = sheet;
    const packed = emptySheet(rest, cells);
    let at = 0;
    for (let r = 0; r < cells.length; r++) {
      const line = cells[r];
      packed.rowStart[r] = at;
      packed.rowLength[r] = line ? line.length : -1;
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) packCell(packed, at++, c, cell, strings);
      }
      sinceBreath += line.length;
      if (sinceBreath >= CELLS_PER_SLICE) {
        sinceBreath = 0;
        await pause();
      }
    }
    packed.rowStart[cells.length] = at;
    sheets.push(packed);
  }
  return { name: snapshot.name, strings: strings.list, sheets };
}

export async function unpackSnapshot(packed: PackedSnapshot, pause: Pause = noPause): Promise<WorkbookSnapshot> {
  const sheets: SheetSnapshot[] = [];
  let sinceBreath = 0;
  for (const p of packed.sheets) {
    const cells: (CellSnapshot | undefined)[][] = [];
    for (let r = 0; r < p.rowLength.length; r++) {
      const line = unpackRow(p, r, packed.strings);
      cells.push(line as (CellSnapshot | undefined)[]);
      sinceBreath += line ? line.length : 0;
      if (sinceBreath >= CELLS_PER_SLICE) {
        sinceBreath = 0;
        await pause();
      }
    }
    sheets.push({ ...p.sheet, cells });
  }
  return { name: packed.name, sheets };
}

/** The buffers of a packed snapshot, to transfer with it (the sender's copy is then gone). */
export function packedBuffers(packed: PackedSnapshot): ArrayBuffer[] {
  return packed.sheets.flatMap((s) =>
    [s.rowLength, s.rowStart, s.column, s.kind, s.number, s.value, s.text, s.format, s.formula, s.error].map((a) => a.buffer as ArrayBuffer),
  );
}

function emptySheet(sheet: Omit<SheetSnapshot, "cells">, cells: SheetSnapshot["cells"]): PackedSheet {
  let count = 0;
  for (const line of cells) if (line) for (const cell of line) if (cell) count++;
  return {
    sheet,
    rowLength: new Int32Array(cells.length),
    rowStart: new Int32Array(cells.length + 1),
    column: new Int32Array(count),
    kind: new Uint8Array(count),
    number: new Float64Array(count),
    value: new Int32Array(count),
    text: new Int32Array(count),
    format: new Int32Array(count),
    formula: new Int32Array(count),
    error: new Int32Array(count),
  };
}

function packCell(p: PackedSheet, i: number, column: number, cell: CellSnapshot, strings: StringTable): void {
  p.column[i] = column;
  const v = cell.value;
  if (typeof v === "number") {
    p.kind[i] = VALUE_KIND.number;
    p.number[i] = v;
  } else if (typeof v === "string") {
    p.kind[i] = VALUE_KIND.string;
    p.value[i] = strings.of(v);
  } else if (typeof v === "boolean") p.kind[i] = v ? VALUE_KIND.true : VALUE_KIND.false;
  if (cell.text !== undefined) p.text[i] = strings.of(cell.text);
  if (cell.numberFormat !== undefined) p.format[i] = strings.of(cell.numberFormat);
  if (cell.formula !== undefined) p.formula[i] = strings.of(cell.formula);
  if (cell.error !== undefined) p.error[i] = strings.of(cell.error);
}

/** A row's cells in column order, empty ones undefined (dense, as the readers make them); undefined for no row. */
function unpackRow(p: PackedSheet, r: number, strings: readonly string[]): (CellSnapshot | undefined)[] | undefined {
  if (p.rowLength[r] < 0) return undefined;
  const line: (CellSnapshot | undefined)[] = [];
  const end = p.rowStart[r + 1];
  let i = p.rowStart[r];
  for (let c = 0; c < p.rowLength[r]; c++) line.push(i < end && p.column[i] === c ? unpackCell(p, i++, strings) : undefined);
  return line;
}

function unpackCell(p: PackedSheet, i: number, strings: readonly string[]): CellSnapshot {
  const cell: CellSnapshot = { value: valueOf(p, i, strings) };
  if (p.text[i]) cell.text = strings[p.text[i] - 1];
  if (p.format[i]) cell.numberFormat = strings[p.format[i] - 1];
  if (p.formula[i]) cell.formula = strings[p.formula[i] - 1];
  if (p.error[i]) cell.error = strings[p.error[i] - 1];
  return cell;
}

function valueOf(p: PackedSheet, i: number, strings: readonly string[]): CellSnapshot["value"] {
  switch (p.kind[i]) {
    case VALUE_KIND.number:
      return p.number[i];
    case VALUE_KIND.string:
      return strings[p.value[i] - 1];
    case VALUE_KIND.true:
      return true;
    case VALUE_KIND.false:
      return false;
    default:
      return null;
  }
}

/** Distinct strings, each numbered once (position + 1). */
class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(text: string): number {
    let n = this.index.get(text);
    if (n === undefined) {
      this.list.push(text);
      n = this.list.length;
      this.index.set(text, n);
    }
    return n;
  }
}
