import { cellAddress, parseCellAddress, qualifiedAddress, splitQualifiedAddress } from "../../core/snapshot/address";
import type { AnnotationMode } from "./capabilities";
import { utf8Bytes, type QueuedOperation } from "./batches";
import { cellKey } from "../marks/mark-plan";
import { isMarkNote } from "../marks/cell-marks";

/** A note [ExcelApi 1.18] or threaded comment [1.10] found on a cell. */
export interface Annotation {
  sheet: string;
  /** "E9" */
  cell: string;
  content: string;
  target: Excel.Note | Excel.Comment;
}

/**
 * The workbook's notes (or comments) indexed by cell. Listing takes two requests: the items with their content,
 * then each item's location. Both requests are shared with the restore record's reads.
 */
export class AnnotationIndex {
  private collection?: Excel.NoteCollection | Excel.CommentCollection;
  private locations: Excel.Range[] = [];
  private readonly byCell = new Map<string, Annotation>();

  constructor(
    private readonly context: Excel.RequestContext,
    readonly mode: AnnotationMode,
  ) {}

  queueList(): void {
    if (this.mode === "none") return;
    const workbook = this.context.workbook;
    this.collection = (this.mode === "note" ? workbook.notes : workbook.comments).load("items/content");
  }

  queueLocations(): void {
    this.locations = this.items().map((item) => item.getLocation().load("address"));
  }

  /** After the locations' request. */
  index(): void {
    this.items().forEach((item, i) => {
      const { sheet, address } = splitQualifiedAddress(this.locations[i].address);
      const cell = normalizeCell(address);
      this.byCell.set(cellKey(sheet, cell), { sheet, cell, content: item.content, target: item });
    });
  }

  /** The add-in's own notes/comments (their text starts with its heading), wherever they are. */
  ours(): Annotation[] {
    return [...this.byCell.values()].filter((a) => isMarkNote(a.content));
  }

  get(sheet: string, cell: string): Annotation | undefined {
    return this.byCell.get(cellKey(sheet, cell));
  }

  addOperation(sheet: string, cell: string, content: string): QueuedOperation {
    return {
      bytes: 250 + utf8Bytes(content),
      queue: () => {
        if (this.mode === "note") this.context.workbook.worksheets.getItem(sheet).notes.add(cell, content);
        else if (this.mode === "comment") this.context.workbook.comments.add(qualifiedCell(sheet, cell), content);
      },
    };
  }

  replaceOperation(annotation: Annotation, content: string): QueuedOperation {
    return { bytes: 150 + utf8Bytes(content), queue: () => void (annotation.target.content = content) };
  }

  deleteOperation(annotation: Annotation): QueuedOperation {
    return { bytes: 150, queue: () => annotation.target.delete() };
  }

  private items(): (Excel.Note | Excel.Comment)[] {
    return this.collection ? this.collection.items : [];
  }
}

/** "$E$9" / "e9" → "E9". */
export function normalizeCell(address: string): string {
  const { row, col } = parseCellAddress(address);
  return cellAddress(row, col);
}

function qualifiedCell(sheet: string, cell: string): string {
  const { row, col } = parseCellAddress(cell);
  return qualifiedAddress(sheet, row, col);
}
