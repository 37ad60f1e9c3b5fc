import type { Finding, Severity } from "../../core/findings/finding";
import { cellAddress } from "../../core/snapshot/address";
import { collectCellMarks, markNoteText, type CellMark } from "../marks/cell-marks";
import { CellStyles } from "./write/cell-styles";
import { CONTENT_TYPES_PART } from "./write/content-types";
import { findJournals, reserveJournalPart } from "./write/mark-journal-part";
import { writeNarrativeSheet } from "./write/narrative-sheet";
import { PackageEditor, undoJournal } from "./write/package-editor";
import { MarkedCopyError, PackageParts } from "./write/package-parts";
import { cellPosition, SheetCells } from "./write/sheet-cells";
import { removeStaleMarks } from "./write/stale-marks";
import { writeSheetNotes, type CellNote, type ShapeBlocks } from "./write/sheet-notes";
import { usedShapeBlocks } from "./write/vml-drawing";
import { MAIN_NAMESPACE } from "./write/namespaces";
import { readWorkbookMap } from "./write/workbook-map";
import { namespacePrefix } from "./write/xml-scan";

export { MarkedCopyError } from "./write/package-parts";

/** Extra content for the copy: the 情况说明 text written in the pane, one paragraph per row. */
export interface MarkedCopyExtras {
  narrative?: { sheet: string; paragraphs: readonly string[] };
  /**
   * What the page holds for the workbook (host state by key: typed figures and words, the accountant's statuses per
   * finding), kept in the copy's record: restored when the copy is opened, read by readStoredState.
   */
  state?: Record<string, string>;
}

/**
 * The ORIGINAL .xlsx/.xlsm bytes with each finding's cell filled (error FFC7CE, warning FFEB9C, info DDEBF7) and a
 * note holding its messages, made by editing the package in place: a marked cell gets a copy of its own format with
 * only the fill changed, the notes go into the sheet's notes part and drawing, and a journal of these edits goes into
 * a custom XML part. Every other part keeps its exact bytes (charts, images, macros, protection, validations, …);
 * no value or formula changes. Marks of an earlier marked copy are removed first, so marking again replaces them.
 * Works in Node and the browser.
 */
export async function writeMarkedCopy(original: ArrayBuffer | Uint8Array, findings: readonly Finding[], extras: MarkedCopyExtras = {}): Promise<Uint8Array> {
  return (await markCopy(original, findings, extras)).bytes;
}

/** A marked cell that has its fill but no note, with the reason (a threaded comment is there, …). */
export interface UnnotedMark {
  sheet: string;
  cell: string;
  reason: string;
}

/** writeMarkedCopy, also saying which marked cells could get no note and why (for the report). */
export async function markCopy(
  original: ArrayBuffer | Uint8Array,
  findings: readonly Finding[],
  extras: MarkedCopyExtras = {},
): Promise<{ bytes: Uint8Array; unnoted: UnnotedMark[] }> {
  let parts = withoutStaleMarks(removeMarks(PackageParts.fromZip(toBytes(original))).parts);
  if (extras.narrative) parts = withNarrative(parts, extras.narrative.sheet, extras.narrative.paragraphs);
  const unnoted: UnnotedMark[] = [];
  return { bytes: withMarks(parts, collectCellMarks(findings), extras.state ?? {}, unnoted).toZip(), unnoted };
}

/** What the accountant typed, as a marked copy made by the page keeps it (the newest record's); empty otherwise. */
export function stateInMarkedCopy(bytes: ArrayBuffer | Uint8Array): Record<string, string> {
  try {
    return findJournals(PackageParts.fromZip(toBytes(bytes)))[0]?.state ?? {};
  } catch {
    return {}; // not a package we can read: the reader says so when the workbook is read
  }
}

/**
 * A marked copy with its marks removed: every part the marking changed holds its earlier bytes again, the parts it
 * added are gone. Refused when the copy was changed after marking where the marks are (then nothing is removed).
 */
export async function clearMarkedCopy(marked: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const { parts, changed } = removeMarks(PackageParts.fromZip(toBytes(marked)));
  if (changed) throw new MarkedCopyError("无法清除标记：这个文件在标记后被修改过（标记所在的部分已不同），为免损坏内容，未作任何改动。");
  return parts.toZip();
}

/**
 * The file extension the marked copy must have: ".xlsm" for a macro-enabled workbook (Excel refuses to open one
 * named .xlsx, and the reverse), else ".xlsx".
 */
export function markedCopyExtension(original: ArrayBuffer | Uint8Array): ".xlsm" | ".xlsx" {
  const parts = PackageParts.fromZip(toBytes(original));
  if (parts.has("xl/vbaProject.bin")) return ".xlsm";
  return parts.has(CONTENT_TYPES_PART) && /macroEnabled\.main\+xml/i.test(parts.text(CONTENT_TYPES_PART)) ? ".xlsm" : ".xlsx";
}

/** Undoes the package's mark journals, newest first, as far as they still match the package. */
function removeMarks(parts: PackageParts): { parts: PackageParts; changed: boolean } {
  let current = parts;
  for (const { item, journal } of findJournals(parts)) {
    const restored = undoJournal(current, journal);
    if (!restored) return { parts: current, changed: true };
    restored.delete(item);
    current = restored;
  }
  return { parts: current, changed: false };
}

/**
 * The package with the marks its journals could not undo (the copy was saved again or edited) found by what they
 * are and removed, so that marking it again replaces them instead of adding a second set.
 */
function withoutStaleMarks(parts: PackageParts): PackageParts {
  const editor = new PackageEditor(parts);
  return removeStaleMarks(editor) ? editor.commit().parts : parts;
}

function withNarrative(parts: PackageParts, sheet: string, paragraphs: readonly string[]): PackageParts {
  const editor = new PackageEditor(parts);
  writeNarrativeSheet(editor, readWorkbookMap(editor), sheet, paragraphs);
  return editor.commit().parts;
}

function withMarks(parts: PackageParts, marks: CellMark[], state: Record<string, string>, unnoted: UnnotedMark[]): PackageParts {
  const editor = new PackageEditor(parts);
  const map = readWorkbookMap(editor);
  const styles = new CellStyles(editor, map.workbookPart, map.stylesPart);
  const blocks: ShapeBlocks = { used: usedShapeBlocks(vmlTexts(parts)) };
  let marked = 0;
  for (const sheet of map.worksheets) {
    const sheetMarks = marks.filter((m) => m.sheet === sheet.name);
    if (sheetMarks.length === 0) continue;
    const xml = editor.text(sheet.part);
    const prefix = namespacePrefix(xml, MAIN_NAMESPACE) ?? "";
    const severity = new Map<string, Severity>();
    const notes: CellNote[] = [];
    for (const mark of sheetMarks) {
      const at = cellPosition(mark.cell);
      if (!at) continue;
      severity.set(`${at.row}:${at.col}`, mark.severity);
      notes.push({ ...at, cell: cellAddress(at.row, at.col), text: markNoteText(mark) });
    }
    const cells = new SheetCells(xml, prefix, notes);
    cells.restyle(editor.edit(sheet.part), (site) => styles.marked(site.xf, severity.get(`${site.row}:${site.col}`)!));
    for (const skipped of writeSheetNotes(editor, sheet.part, prefix, notes, blocks)) unnoted.push({ sheet: sheet.name, ...skipped });
    marked += cells.sites.length;
  }
  const typed = Object.keys(state).length > 0;
  if (marked === 0 && !typed) return parts;
  styles.flush();
  const journalPart = reserveJournalPart(editor, map.workbookPart);
  const { parts: out, journal } = editor.commit();
  journalPart.write(out, journal, state);
  return out;
}

/** Texts of the package's VML drawings (read byte for byte: only their shape ids are looked at). */
function vmlTexts(parts: PackageParts): string[] {
  const latin1 = new TextDecoder("latin1");
  return parts
    .names()
    .filter((name) => /\.vml$/i.test(name))
    .map((name) => latin1.decode(parts.bytes(name)));
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
