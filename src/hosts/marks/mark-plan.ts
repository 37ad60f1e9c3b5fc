import { parseCellAddress } from "../../core/snapshot/address";
import { markNoteText, type CellMark } from "./cell-marks";

/**
 * What a live host (Office, WPS) does to one cell when it replaces its marks: the cell is marked now, was marked
 * before (`previous`: what the restore record says it looked like), or both.
 */
export interface CellPlan<Previous> {
  sheet: string;
  /** "E9" */
  cell: string;
  row: number;
  col: number;
  mark?: CellMark;
  previous?: Previous;
}

/** Previously marked cells and the new marks, one plan per cell (a cell in both keeps its previous record). */
export function planCells<Previous extends { sheet: string; cell: string }>(previous: readonly Previous[], marks: readonly CellMark[]): CellPlan<Previous>[] {
  const plans = new Map<string, CellPlan<Previous>>();
  for (const p of previous) plans.set(cellKey(p.sheet, p.cell), { ...position(p.sheet, p.cell), previous: p });
  for (const mark of marks) {
    const key = cellKey(mark.sheet, mark.cell);
    plans.set(key, { ...(plans.get(key) ?? position(mark.sheet, mark.cell)), mark });
  }
  return [...plans.values()];
}

/** What happens to a cell's note/comment: the add-in's own is replaced or removed, anyone else's is left alone. */
export type NoteChange = { kind: "keep" } | { kind: "add"; text: string } | { kind: "replace"; text: string } | { kind: "delete" };

/**
 * Decides the note of a planned cell. `current` is the note on the cell now, `ours` whether it is the one the add-in
 * wrote last time (by the hash in the restore record). Returns the change and, through `written`, the text of the
 * add-in's note left on the cell afterwards (undefined when there is none), which the new record remembers.
 * Example: a cell marked “基本支出应为 402.22” whose user note “会计：本行已核对” is there keeps that note untouched.
 */
export function noteChange(plan: { mark?: CellMark }, current: string | undefined, ours: boolean): { change: NoteChange; written?: string } {
  const text = plan.mark ? markNoteText(plan.mark) : undefined;
  if (current !== undefined && ours) {
    if (!text) return { change: { kind: "delete" } };
    return { change: text === current ? { kind: "keep" } : { kind: "replace", text }, written: text };
  }
  if (!text || current !== undefined) return { change: { kind: "keep" } }; // a note the user wrote stays as it is
  return { change: { kind: "add", text }, written: text };
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** FNV-1a (32 bit) of the text: identifies the note the add-in wrote without storing its text twice. */
export function annotationHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function position(sheet: string, cell: string): { sheet: string; cell: string; row: number; col: number } {
  return { sheet, cell, ...parseCellAddress(cell) };
}
