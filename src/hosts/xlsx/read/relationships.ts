import { CLOSE, partText, XmlScanner } from "./xml-scanner";
import type { ZipArchive } from "./zip-archive";

/**
 * Package relationships (OPC .rels parts): which part is the workbook, which part holds each sheet. Targets are
 * resolved to part names whether written relative (“worksheets/sheet1.xml”, “../xl/…”) or absolute
 * (“/xl/worksheets/sheet1.xml”, as openpyxl and some 决算 export tools write them).
 */
export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI: "officeDocument", "worksheet", "chartsheet", "sharedStrings" … */
  type: string;
  /** Part name inside the package ("xl/worksheets/sheet1.xml"); for external targets the target as written. */
  target: string;
  external: boolean;
}

/** The .rels part describing `part`'s relationships; "" is the package itself ("_rels/.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `part`, or undefined when it has no .rels part. */
export function readRelationships(zip: ZipArchive, part: string): Relationship[] | undefined {
  const relsPart = relsPartOf(part);
  const bytes = zip.read(relsPart);
  if (!bytes) return undefined;
  const xml = new XmlScanner(partText(bytes), relsPart);
  const out: Relationship[] = [];
  while (xml.next()) {
    if (xml.kind === CLOSE || !xml.is("Relationship")) continue;
    const target = xml.attr("Target") ?? "";
    const external = xml.attr("TargetMode") === "External";
    out.push({
      id: xml.attr("Id") ?? "",
      type: lastSegment(xml.attr("Type") ?? ""),
      target: external ? target : resolveTarget(part, target),
      external,
    });
  }
  return out;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" → "xl/x.xml". */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = safeDecode(target.replace(/\\/g, "/").split("#")[0]);
  const base = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of clean.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
