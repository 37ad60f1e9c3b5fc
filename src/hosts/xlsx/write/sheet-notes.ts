import { CommentsPart } from "./comments-part";
import { CONTENT_TYPE } from "./content-types";
import type { PackageEditor } from "./package-editor";
import { RELATIONSHIP } from "./relationships";
import { TextEdits } from "./text-edits";
import { VmlDrawing } from "./vml-drawing";
import { RELATIONSHIPS_NAMESPACE } from "./namespaces";
import { localName, namespacePrefix, qualify, readAttributes, rootTag, TagScanner } from "./xml-scan";

/** A note the tool puts on a cell. */
export interface CellNote {
  row: number;
  col: number;
  /** "D11" */
  cell: string;
  text: string;
}

/** Worksheet children that come after <legacyDrawing> in the schema's order (a new one goes before the first). */
const AFTER_LEGACY_DRAWING = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

/** A marked cell that got its fill but no note, and why (said to the user: the findings are in the report). */
export interface UnnotedCell {
  cell: string;
  reason: string;
}

export const THREADED_COMMENT_REASON = "该单元格有新式批注（讨论串），Excel 不允许同一单元格再加备注，只标了颜色";
const MISSING_DRAWING_REASON = "工作表的批注绘图部件缺失，再加一个会使工作表无效，只标了颜色";

/** Shape-id blocks taken by the package's drawings, shared by the sheets that get a new drawing. */
export interface ShapeBlocks {
  used: number;
}

/**
 * Puts notes on one sheet's cells as Excel stores them: the notes part (created when the sheet has none), its
 * relationship and content type, and a shape per new note in the sheet's VML drawing (created, with its
 * <legacyDrawing> element, when the sheet has none). A note the user wrote keeps its text; the tool's text follows
 * it. A cell with a threaded comment (Excel 365) keeps it untouched and gets no note: such cells are returned with
 * the reason, so the caller can say so.
 */
export function writeSheetNotes(editor: PackageEditor, sheetPart: string, prefix: string, notes: readonly CellNote[], blocks: ShapeBlocks): UnnotedCell[] {
  const rels = editor.rels(sheetPart);
  const threaded = threadedCells(
    editor,
    rels.ofType(RELATIONSHIP.threadedComment).map((r) => r.target),
  );
  const wanted = notes.filter((n) => !threaded.has(n.cell));
  const unnoted = notes.filter((n) => threaded.has(n.cell)).map((n) => ({ cell: n.cell, reason: THREADED_COMMENT_REASON }));
  if (wanted.length === 0) return unnoted;

  const sheetXml = editor.text(sheetPart);
  const slot = legacyDrawingSlot(sheetXml);
  const vmlPart = slot.relId ? rels.byId(slot.relId)?.target : undefined;
  const hasVml = vmlPart !== undefined && editor.exists(vmlPart);
  if (slot.relId && !hasVml) return [...unnoted, ...wanted.map((n) => ({ cell: n.cell, reason: MISSING_DRAWING_REASON }))];
  const commentsPart = rels.ofType(RELATIONSHIP.comments).find((r) => editor.exists(r.target))?.target;
  const comments = new CommentsPart(commentsPart ? editor.text(commentsPart) : undefined);
  const commentEdits = commentsPart ? editor.edit(commentsPart) : new TextEdits(comments.text);
  const vml = new VmlDrawing(hasVml ? editor.text(vmlPart) : undefined, blocks.used);

  for (const note of wanted) {
    if (comments.has(note.cell)) {
      comments.append(commentEdits, note.cell, note.text);
      continue;
    }
    comments.add(note.cell, note.text);
    vml.addNote(note.row, note.col, note.text);
  }

  comments.flush(commentEdits);
  if (!commentsPart) {
    const part = editor.freeName((n) => `xl/comments${n}.xml`);
    editor.create(part, commentEdits.apply().text);
    rels.add(RELATIONSHIP.comments, part);
    editor.contentTypes.declare(part, CONTENT_TYPE.comments);
  }
  if (vml.isEmpty) return unnoted;
  if (hasVml) {
    const { at, text } = vml.insertion();
    editor.edit(vmlPart).insert(at, text);
    return unnoted;
  }
  const part = editor.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  editor.create(part, vml.document());
  blocks.used = vml.lastBlock();
  editor.contentTypes.declare(part, CONTENT_TYPE.vmlDrawing);
  const id = rels.add(RELATIONSHIP.vmlDrawing, part);
  const r = namespacePrefix(sheetXml, RELATIONSHIPS_NAMESPACE);
  const element = r
    ? `<${qualify(prefix, "legacyDrawing")} ${r}:id="${id}"/>`
    : `<${qualify(prefix, "legacyDrawing")} xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${id}"/>`;
  editor.edit(sheetPart).insert(slot.insertAt, element);
  return unnoted;
}

/** The sheet's <legacyDrawing> relationship id, and where a new one would go. */
function legacyDrawingSlot(xml: string): { relId?: string; insertAt: number } {
  const root = rootTag(xml);
  const scanner = new TagScanner(xml, root.end);
  for (let child = scanner.next(); child; child = scanner.next()) {
    if (child.kind === "close") return { insertAt: child.start };
    const local = localName(child.name);
    if (local === "legacyDrawing")
      return { relId: readAttributes(xml, child).find((a) => localName(a.name) === "id" && a.name.includes(":"))?.value, insertAt: child.start };
    if (AFTER_LEGACY_DRAWING.has(local)) return { insertAt: child.start };
    scanner.seek(local === "sheetData" && child.kind === "open" ? endOfElement(xml, child.name, child.end) : scanner.skipElement(child));
  }
  return { insertAt: xml.lastIndexOf("</") };
}

/** Offset after `</name>` following `from` (for an element that cannot nest, such as <sheetData>). */
function endOfElement(xml: string, name: string, from: number): number {
  const close = xml.indexOf(`</${name}`, from);
  return close < 0 ? xml.length : xml.indexOf(">", close) + 1;
}

/** Cells with a threaded comment (Excel 365), from the sheet's threadedComments parts. */
function threadedCells(editor: PackageEditor, parts: string[]): Set<string> {
  const cells = new Set<string>();
  for (const part of parts) {
    if (!editor.exists(part)) continue;
    for (const m of editor.text(part).matchAll(/\bref="([A-Za-z]+\d+)"/g)) cells.add(m[1].toUpperCase());
  }
  return cells;
}
