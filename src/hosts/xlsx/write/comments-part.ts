import { parseCellAddress } from "../../../core/snapshot/address";
import type { TextEdits } from "./text-edits";
import { MAIN_NAMESPACE } from "./namespaces";
import { escapeXml, localName, namespacePrefix, qualify, readAttributes, TagScanner, XML_DECLARATION, type XmlTag } from "./xml-scan";
import { decodeXml } from "../read/xml-scanner";

/** Author of the notes the tool writes (Excel shows it above the note). */
export const MARK_AUTHOR = "预决算公开助手";

/** A note already on a cell: where its text ends, so the tool's text can be appended after the user's. */
interface ExistingNote {
  /** Offset just after the last <t>/<r> child of <text> (or after <text> when it has none). */
  appendAt: number;
  /** A bare <t> child (no runs): wrapped in <r> first, the way Excel writes mixed text. */
  bareText?: { start: number; end: number };
  /** The element is written <text/>. */
  emptyText?: XmlTag;
}

/**
 * The legacy notes part of one sheet (xl/commentsN.xml): existing notes by cell, new notes added at the end of
 * <commentList>, the tool's text appended to a note the user wrote. Nothing else in the part changes.
 */
export class CommentsPart {
  private readonly prefix: string;
  private readonly notes = new Map<string, ExistingNote>();
  private authors?: { tag: XmlTag; closeAt?: number; names: string[] };
  private list?: { tag: XmlTag; closeAt?: number };
  private readonly added: string[] = [];
  private authorId?: number;
  private newAuthor = false;

  /** `xml`: the part's text, or undefined for a sheet that has no notes yet. */
  constructor(private readonly xml: string = EMPTY_COMMENTS) {
    this.prefix = namespacePrefix(xml, MAIN_NAMESPACE) ?? "";
    this.read();
  }

  /** The part's text as read (or the empty part's, for a new one). */
  get text(): string {
    return this.xml;
  }

  /** Cells that already carry a note. */
  has(cell: string): boolean {
    return this.notes.has(normalize(cell));
  }

  /** A new note by the tool on `cell` ("D11"). */
  add(cell: string, text: string): void {
    const x = (local: string) => qualify(this.prefix, local);
    this.added.push(
      `<${x("comment")} ref="${escapeXml(cell)}" authorId="${this.ourAuthorId()}"><${x("text")}>${this.run(text)}</${x("text")}></${x("comment")}>`,
    );
  }

  /** The tool's text appended to the user's note on `cell` (as its own run, after a blank line). */
  append(edits: TextEdits, cell: string, text: string): void {
    const note = this.notes.get(normalize(cell))!;
    const run = this.run(`\n\n${text}`);
    const r = qualify(this.prefix, "r");
    if (note.emptyText) {
      edits.replace(note.emptyText.end - 2, note.emptyText.end, `>${run}</${note.emptyText.name}>`);
      return;
    }
    if (note.bareText) {
      edits.insert(note.bareText.start, `<${r}>`);
      edits.insert(note.bareText.end, `</${r}>`);
    }
    edits.insert(note.appendAt, run);
  }

  /** Queues the new notes (and the tool's author) into the part's text. */
  flush(edits: TextEdits): void {
    if (this.newAuthor)
      this.insertInto(edits, this.authors, "authors", `<${qualify(this.prefix, "author")}>${MARK_AUTHOR}</${qualify(this.prefix, "author")}>`);
    if (this.added.length > 0) this.insertInto(edits, this.list, "commentList", this.added.join(""));
  }

  get isEmpty(): boolean {
    return this.added.length === 0 && !this.newAuthor;
  }

  private insertInto(edits: TextEdits, element: { tag: XmlTag; closeAt?: number } | undefined, local: string, content: string): void {
    if (!element) {
      const name = qualify(this.prefix, local);
      const before = local === "authors" ? (this.list?.tag.start ?? this.rootEnd()) : this.rootEnd();
      edits.insert(before, `<${name}>${content}</${name}>`);
    } else if (element.closeAt !== undefined) edits.insert(element.closeAt, content);
    else edits.replace(element.tag.end - 2, element.tag.end, `>${content}</${element.tag.name}>`);
  }

  private ourAuthorId(): number {
    if (this.authorId !== undefined) return this.authorId;
    const names = this.authors?.names ?? [];
    const found = names.indexOf(MARK_AUTHOR);
    this.newAuthor = found < 0;
    this.authorId = found < 0 ? names.length : found;
    return this.authorId;
  }

  private run(text: string): string {
    const x = (local: string) => qualify(this.prefix, local);
    return `<${x("r")}><${x("rPr")}><${x("sz")} val="9"/><${x("rFont")} val="宋体"/><${x("charset")} val="134"/></${x("rPr")}><${x("t")} xml:space="preserve">${escapeXml(text)}</${x("t")}></${x("r")}>`;
  }

  private rootEnd(): number {
    return this.xml.lastIndexOf("</");
  }

  private read(): void {
    const scanner = new TagScanner(this.xml);
    for (let tag = scanner.next(); tag; tag = scanner.next()) {
      if (tag.kind === "close") continue;
      const local = localName(tag.name);
      if (local === "authors") this.authors = { tag, ...this.readAuthors(scanner, tag) };
      else if (local === "commentList") this.list = { tag };
      else if (local === "comment") this.readComment(scanner, tag);
    }
    if (this.list && this.list.tag.kind === "open") this.list.closeAt = this.xml.lastIndexOf(`</${this.list.tag.name}`);
  }

  private readAuthors(scanner: TagScanner, tag: XmlTag): { closeAt?: number; names: string[] } {
    const names: string[] = [];
    if (tag.kind === "empty") return { names };
    for (let child = scanner.next(); child; child = scanner.next()) {
      if (child.kind === "close") return { closeAt: child.start, names };
      const end = scanner.skipElement(child);
      names.push(decodeXml(this.xml.slice(child.end, end).replace(/<[^>]*>$/, "")));
    }
    return { names };
  }

  private readComment(scanner: TagScanner, comment: XmlTag): void {
    const ref = readAttributes(this.xml, comment).find((a) => a.name === "ref")?.value;
    if (comment.kind === "empty") return;
    for (let child = scanner.next(); child; child = scanner.next()) {
      if (child.kind === "close") break;
      if (localName(child.name) !== "text") {
        scanner.seek(scanner.skipElement(child));
        continue;
      }
      if (ref) this.notes.set(normalize(ref), this.readText(scanner, child));
      else scanner.seek(scanner.skipElement(child));
    }
  }

  private readText(scanner: TagScanner, text: XmlTag): ExistingNote {
    if (text.kind === "empty") return { appendAt: text.end, emptyText: text };
    const note: ExistingNote = { appendAt: text.end };
    for (let child = scanner.next(); child; child = scanner.next()) {
      if (child.kind === "close") return note;
      const end = scanner.skipElement(child);
      const local = localName(child.name);
      if (local === "t") note.bareText = { start: child.start, end };
      if (local === "t" || local === "r") note.appendAt = end;
    }
    return note;
  }
}

/** A notes part with no note yet (its authors and notes are added by `CommentsPart`). */
const EMPTY_COMMENTS = `${XML_DECLARATION}<comments xmlns="${MAIN_NAMESPACE}"><authors></authors><commentList></commentList></comments>`;

function normalize(cell: string): string {
  try {
    const { row, col } = parseCellAddress(cell);
    return `${row}:${col}`;
  } catch {
    return cell;
  }
}
