import { MARK_NOTE_HEADING } from "../../marks/cell-marks";
import { decodeXml } from "../read/xml-scanner";
import { CellStyles } from "./cell-styles";
import { MAIN_NAMESPACE } from "./namespaces";
import type { PackageEditor } from "./package-editor";
import { RELATIONSHIP } from "./relationships";
import { SheetCells } from "./sheet-cells";
import type { TextEdits } from "./text-edits";
import { escapeXml, localName, namespacePrefix, readAttributes, TagScanner, type XmlTag } from "./xml-scan";
import { cellPosition } from "./sheet-cells";
import { readWorkbookMap } from "./workbook-map";

/**
 * Marks of an earlier marking found by what they are, for a copy whose mark journal no longer matches it (saved
 * again by Excel, LibreOffice or openpyxl, or text earlier in a part changed length): a note whose text is the
 * add-in's (it starts with “预决算公开助手：”) is removed with its drawing shape, the add-in's text appended to a user's
 * note is cut off, and each such cell whose format has a mark fill gets the same format without it. Returns whether
 * anything was found. Values, formulas and every other note are left alone.
 */
export function removeStaleMarks(editor: PackageEditor): boolean {
  const map = readWorkbookMap(editor);
  const styles = new CellStyles(editor, map.workbookPart, map.stylesPart);
  let found = false;
  for (const sheet of map.worksheets) {
    const rels = editor.rels(sheet.part);
    const cells: { row: number; col: number }[] = [];
    for (const rel of rels.ofType(RELATIONSHIP.comments)) {
      if (!editor.exists(rel.target)) continue;
      cells.push(...removeMarkNotes(editor.text(rel.target), editor.edit(rel.target)));
    }
    if (cells.length === 0) continue;
    found = true;
    for (const rel of rels.ofType(RELATIONSHIP.vmlDrawing))
      if (editor.exists(rel.target)) removeNoteShapes(editor.text(rel.target), editor.edit(rel.target), cells);
    const xml = editor.text(sheet.part);
    new SheetCells(xml, namespacePrefix(xml, MAIN_NAMESPACE) ?? "", cells).restyleWritten(editor.edit(sheet.part), (site) => styles.unmarked(site.xf));
  }
  styles.flush();
  return found;
}

/** One <t> of a note: its decoded text, the span of its content and of the run (<r>) or <t> element holding it. */
interface NoteText {
  text: string;
  contentStart: number;
  contentEnd: number;
  elementStart: number;
  elementEnd: number;
}

/** Queues the removal of the add-in's notes and appended texts; returns the cells they were on (0-based). */
function removeMarkNotes(xml: string, edits: TextEdits): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  const scanner = new TagScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind !== "open" || localName(tag.name) !== "comment") continue;
    const end = scanner.skipElement(tag);
    const at = cellPosition(readAttributes(xml, tag).find((a) => a.name === "ref")?.value ?? "");
    if (at && removeMarkText(xml, tag, end, edits)) cells.push(at);
  }
  return cells;
}

/** Queues the edit that takes the add-in's text out of one <comment>; false when it holds none. */
function removeMarkText(xml: string, comment: XmlTag, end: number, edits: TextEdits): boolean {
  const texts = noteTexts(xml, comment.end, end);
  const whole = texts.map((t) => t.text).join("");
  if (whole.startsWith(MARK_NOTE_HEADING)) {
    edits.replace(comment.start, end, "");
    return true;
  }
  const cut = whole.indexOf(`\n\n${MARK_NOTE_HEADING}`);
  if (cut < 0) return false;
  let offset = 0;
  for (const t of texts) {
    const from = offset;
    offset += t.text.length;
    if (offset <= cut) continue;
    if (from >= cut) edits.replace(t.elementStart, t.elementEnd, "");
    else edits.replace(t.contentStart, t.contentEnd, escapeXml(t.text.slice(0, cut - from)));
  }
  return true;
}

/** The <t> texts of a comment in order (inside runs or bare; phonetic runs are not part of the note). */
function noteTexts(xml: string, from: number, to: number): NoteText[] {
  const texts: NoteText[] = [];
  const scanner = new TagScanner(xml, from, to);
  let run: XmlTag | undefined;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    const local = localName(tag.name);
    if (local === "rPh") {
      scanner.seek(scanner.skipElement(tag));
      continue;
    }
    if (local === "r") run = tag.kind === "open" ? tag : undefined;
    if (local !== "t" || tag.kind === "close") continue;
    const close = tag.kind === "open" ? scanner.skipElement(tag) : tag.end;
    const contentEnd = tag.kind === "open" ? xml.lastIndexOf("</", close) : tag.end;
    const runEnd = run ? endOfElement(xml, run.name, close) : close;
    texts.push({
      text: decodeXml(xml.slice(tag.end, contentEnd)),
      contentStart: tag.end,
      contentEnd,
      elementStart: run?.start ?? tag.start,
      elementEnd: runEnd,
    });
    if (run) scanner.seek(runEnd);
    run = undefined;
  }
  return texts;
}

function endOfElement(xml: string, name: string, from: number): number {
  const close = xml.indexOf(`</${name}`, from);
  return close < 0 ? from : xml.indexOf(">", close) + 1;
}

/** Queues the removal of the note shapes (VML) anchored at the given cells. */
function removeNoteShapes(xml: string, edits: TextEdits, cells: readonly { row: number; col: number }[]): void {
  const wanted = new Set(cells.map((c) => `${c.row}:${c.col}`));
  for (const m of xml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    if (!/ObjectType\s*=\s*["']Note["']/.test(m[0])) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(m[0])?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(m[0])?.[1];
    if (row !== undefined && col !== undefined && wanted.has(`${row}:${col}`)) edits.replace(m.index, m.index + m[0].length, "");
  }
}
