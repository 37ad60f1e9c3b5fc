/**
 * Edits to one part's text, kept as a journal so that they can be undone exactly: each edit says where it was made,
 * the original text it replaced (kept in full, it is small: `s="12"`, `count="5"`) and the length and hash of what
 * it put there. Undo checks every hash first, so a part changed since (by Excel, by hand) is never "restored" wrongly.
 */

/** [offset in the original text, original text removed, length of the text inserted, hash of that text]. */
export type JournalEdit = [at: number, removed: string, insertedLength: number, insertedHash: number];

interface TextEdit {
  at: number;
  removed: string;
  inserted: string;
  order: number;
}

export class TextEdits {
  private readonly edits: TextEdit[] = [];

  constructor(readonly original: string) {}

  get isEmpty(): boolean {
    return this.edits.length === 0;
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Replaces original[from, to) by `text`; several inserts at one offset keep the order they were made in. */
  replace(from: number, to: number, text: string): void {
    this.edits.push({ at: from, removed: this.original.slice(from, to), inserted: text, order: this.edits.length });
  }

  /** The edited text and the journal that undoes it. Overlapping edits are a programming error. */
  apply(): { text: string; journal: JournalEdit[] } {
    const sorted = [...this.edits].sort((a, b) => a.at - b.at || a.order - b.order);
    const chunks: string[] = [];
    const journal: JournalEdit[] = [];
    let cursor = 0;
    for (const edit of sorted) {
      if (edit.at < cursor) throw new Error(`overlapping edits at ${edit.at}`);
      chunks.push(this.original.slice(cursor, edit.at), edit.inserted);
      cursor = edit.at + edit.removed.length;
      journal.push([edit.at, edit.removed, edit.inserted.length, textHash(edit.inserted)]);
    }
    chunks.push(this.original.slice(cursor));
    return { text: chunks.join(""), journal };
  }
}

/** The text before the journal's edits, or undefined when the text no longer holds exactly what they inserted. */
export function undoEdits(text: string, journal: readonly JournalEdit[]): string | undefined {
  const chunks: string[] = [];
  let cursor = 0;
  let shift = 0;
  for (const [at, removed, length, hash] of journal) {
    const pos = at + shift;
    if (pos < cursor || pos + length > text.length) return undefined;
    if (textHash(text.slice(pos, pos + length)) !== hash) return undefined;
    chunks.push(text.slice(cursor, pos), removed);
    cursor = pos + length;
    shift += length - removed.length;
  }
  chunks.push(text.slice(cursor));
  return chunks.join("");
}

const utf8 = new TextEncoder();

/** Hash of a text (of its UTF-8 bytes). */
export function textHash(text: string): number {
  return bytesHash(utf8.encode(text));
}

/** cyrb53: a 53-bit hash (a safe integer, so it survives JSON); the check that a part still holds what was written. */
export function bytesHash(bytes: Uint8Array): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 2654435761);
    h2 = Math.imul(h2 ^ bytes[i], 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
