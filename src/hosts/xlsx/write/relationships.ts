import { escapeXml, localName, namespacePrefix, qualify, readAttributes, TagScanner, XML_DECLARATION } from "./xml-scan";
import type { PackageAccess } from "./package-access";
import { relsPartOf, resolveTarget } from "../read/relationships";

/** Relationship types, matched by their last segment so transitional and strict URIs both count. */
export const RELATIONSHIP = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
} as const;

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  /** Part name the target resolves to ("xl/comments1.xml"); the raw target for external links. */
  target: string;
  external: boolean;
}

/** True when `type` is the relationship type named by `wanted` (same last segment). */
export function isType(type: string, wanted: string): boolean {
  return type.slice(type.lastIndexOf("/")) === wanted.slice(wanted.lastIndexOf("/"));
}

/** Relationships of a rels part's text, targets resolved against the source part. */
export function readRelationships(xml: string, source: string): Relationship[] {
  const rels: Relationship[] = [];
  const scanner = new TagScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close" || localName(tag.name) !== "Relationship") continue;
    const attrs = new Map(readAttributes(xml, tag).map((a) => [a.name, a.value]));
    const external = attrs.get("TargetMode") === "External";
    const target = attrs.get("Target") ?? "";
    rels.push({ id: attrs.get("Id") ?? "", type: attrs.get("Type") ?? "", target: external ? target : resolveTarget(source, target), external });
  }
  return rels;
}

/** The target to write for a relationship from `source` to `part`: "xl/worksheets/sheet1.xml" → "../comments1.xml". */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The relationships of one source part, with new ones queued and written when the editor commits. */
export class RelationshipsEditor {
  readonly part: string;
  private readonly existing: Relationship[];
  private readonly added: { id: string; type: string; target: string }[] = [];

  constructor(
    private readonly editor: PackageAccess,
    readonly source: string,
  ) {
    this.part = relsPartOf(source);
    this.existing = editor.exists(this.part) ? readRelationships(editor.text(this.part), source) : [];
  }

  list(): Relationship[] {
    return this.existing;
  }

  byId(id: string): Relationship | undefined {
    return this.existing.find((r) => r.id === id);
  }

  ofType(type: string): Relationship[] {
    return this.existing.filter((r) => !r.external && isType(r.type, type));
  }

  /** Queues a relationship to `targetPart` and returns its new id ("rId7"). */
  add(type: string, targetPart: string): string {
    const taken = new Set([...this.existing, ...this.added].map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target: relativeTarget(this.source, targetPart) });
    return id;
  }

  /** Writes the queued relationships into the rels part (created when the source had none). */
  flush(): void {
    if (this.added.length === 0) return;
    const exists = this.editor.exists(this.part);
    const prefix = exists ? (namespacePrefix(this.editor.text(this.part), RELATIONSHIPS_NAMESPACE) ?? "") : "";
    const name = qualify(prefix, "Relationship");
    const elements = this.added.map((r) => `<${name} Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
    if (exists) this.editor.insertBeforeRootEnd(this.part, elements);
    else this.editor.create(this.part, `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${elements}</Relationships>`);
  }
}
