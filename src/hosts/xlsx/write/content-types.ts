import { escapeXml, localName, namespacePrefix, qualify, readAttributes, TagScanner } from "./xml-scan";
import type { PackageAccess } from "./package-access";

export const CONTENT_TYPES_PART = "[Content_Types].xml";
const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  xml: "application/xml",
} as const;

/** [Content_Types].xml: the type of every part, by Override (one part) or Default (an extension). */
export class ContentTypesEditor {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private readonly added: string[] = [];

  constructor(private readonly editor: PackageAccess) {
    const xml = editor.text(CONTENT_TYPES_PART);
    const scanner = new TagScanner(xml);
    for (let tag = scanner.next(); tag; tag = scanner.next()) {
      if (tag.kind === "close") continue;
      const attrs = new Map(readAttributes(xml, tag).map((a) => [a.name, a.value]));
      const type = attrs.get("ContentType") ?? "";
      if (localName(tag.name) === "Default") this.defaults.set((attrs.get("Extension") ?? "").toLowerCase(), type);
      if (localName(tag.name) === "Override") this.overrides.set(partKey(attrs.get("PartName") ?? ""), type);
    }
  }

  /** The content type of a part ("xl/comments1.xml"), from its Override or the Default of its extension. */
  typeOf(part: string): string | undefined {
    return this.overrides.get(partKey(part)) ?? this.defaults.get(extensionOf(part));
  }

  /** Makes sure the part has `type`: an Override is added unless the extension's Default already gives it. */
  declare(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.overrides.set(partKey(part), type);
    this.added.push(`<${this.elementName("Override")} PartName="${escapeXml(`/${part}`)}" ContentType="${type}"/>`);
  }

  flush(): void {
    if (this.added.length > 0) this.editor.insertBeforeRootEnd(CONTENT_TYPES_PART, this.added.join(""));
  }

  private elementName(local: string): string {
    return qualify(namespacePrefix(this.editor.text(CONTENT_TYPES_PART), CONTENT_TYPES_NAMESPACE) ?? "", local);
  }
}

function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

function extensionOf(part: string): string {
  const dot = part.lastIndexOf(".");
  return dot < 0 ? "" : part.slice(dot + 1).toLowerCase();
}
