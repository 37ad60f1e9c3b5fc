import { ContentTypesEditor } from "./content-types";
import type { PackageAccess } from "./package-access";
import { encodeText, type PackageParts } from "./package-parts";
import { RelationshipsEditor } from "./relationships";
import { bytesHash, TextEdits, undoEdits, type JournalEdit } from "./text-edits";
import { rootTag } from "./xml-scan";

/** What a commit did to the package, enough to undo it exactly: edits per part and the parts it created. */
export interface PackageJournal {
  edited: [part: string, edits: JournalEdit[]][];
  created: [part: string, hash: number][];
}

/**
 * Collects edits to a package's parts (all made against the parts' original text) and new parts, then applies
 * them in one commit. Relationships and content types are queued through their own editors and written at commit.
 */
export class PackageEditor implements PackageAccess {
  private readonly edits = new Map<string, TextEdits>();
  /** New parts by lower-case name. */
  private readonly created = new Map<string, { name: string; bytes: Uint8Array }>();
  private readonly relationships = new Map<string, RelationshipsEditor>();
  private types?: ContentTypesEditor;

  constructor(readonly parts: PackageParts) {}

  /** The part is in the package as it was before this editor. */
  exists(name: string): boolean {
    return this.parts.has(name);
  }

  /** The name is used by an existing or a newly created part. */
  isTaken(name: string): boolean {
    return this.parts.has(name) || this.created.has(name.toLowerCase());
  }

  /** Original text of an existing part. */
  text(name: string): string {
    return this.edit(name).original;
  }

  edit(name: string): TextEdits {
    const key = this.parts.find(name) ?? name;
    let edits = this.edits.get(key);
    if (!edits) this.edits.set(key, (edits = new TextEdits(this.parts.text(key))));
    return edits;
  }

  create(name: string, content: string | Uint8Array): void {
    this.created.set(name.toLowerCase(), { name, bytes: typeof content === "string" ? encodeText(content) : content });
  }

  /** The first free name of a numbered series: n => `xl/comments${n}.xml` → "xl/comments2.xml" when 1 is taken. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.isTaken(pattern(n))) return pattern(n);
  }

  rels(source: string): RelationshipsEditor {
    let editor = this.relationships.get(source);
    if (!editor) this.relationships.set(source, (editor = new RelationshipsEditor(this, source)));
    return editor;
  }

  get contentTypes(): ContentTypesEditor {
    return (this.types ??= new ContentTypesEditor(this));
  }

  /** Queues `content` just before the root element's end tag (turning an empty root `<x/>` into `<x>…</x>`). */
  insertBeforeRootEnd(part: string, content: string): void {
    const xml = this.text(part);
    const root = rootTag(xml);
    if (root.kind === "empty") this.edit(part).replace(root.end - 2, root.end, `>${content}</${root.name}>`);
    else this.edit(part).insert(xml.lastIndexOf(`</${root.name}`), content);
  }

  /** Applies everything to a copy of the package and returns it with the journal. */
  commit(): { parts: PackageParts; journal: PackageJournal } {
    for (const rels of this.relationships.values()) rels.flush();
    this.types?.flush();
    const parts = this.parts.clone();
    const journal: PackageJournal = { edited: [], created: [] };
    for (const [name, edits] of this.edits) {
      if (edits.isEmpty) continue;
      const { text, journal: entries } = edits.apply();
      parts.set(name, text);
      journal.edited.push([name, entries]);
    }
    for (const { name, bytes } of this.created.values()) {
      parts.set(name, bytes);
      journal.created.push([name, bytesHash(bytes)]);
    }
    return { parts, journal };
  }
}

/**
 * The package before the journal's commit, or undefined when any part no longer holds exactly what the commit wrote
 * (all or nothing: a half-undone package could point at parts that are gone).
 */
export function undoJournal(parts: PackageParts, journal: PackageJournal): PackageParts | undefined {
  const restored = parts.clone();
  for (const [name, hash] of journal.created) {
    if (!parts.has(name) || bytesHash(parts.bytes(name)) !== hash) return undefined;
    restored.delete(name);
  }
  for (const [name, edits] of journal.edited) {
    if (!parts.has(name)) return undefined;
    const text = undoEdits(parts.text(name), edits);
    if (text === undefined) return undefined;
    restored.set(name, text);
  }
  return restored;
}
