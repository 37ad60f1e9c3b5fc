import { CONTENT_TYPE } from "./content-types";
import type { PackageEditor } from "./package-editor";
import type { PackageParts } from "./package-parts";
import { RELATIONSHIP } from "./relationships";
import { XML_DECLARATION } from "./xml-scan";

/**
 * Queues a new custom XML part (customXml/itemN.xml, its properties part, relationships and content types) and
 * returns its name; its content is written by the caller. Excel and WPS keep custom XML parts when they save.
 */
export function addCustomXmlPart(editor: PackageEditor, workbookPart: string): string {
  let n = 1;
  while (editor.isTaken(`customXml/item${n}.xml`) || editor.isTaken(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  editor.rels(workbookPart).add(RELATIONSHIP.customXml, item);
  editor.rels(item).add(RELATIONSHIP.customXmlProps, props);
  editor.create(
    props,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="{D15C105E-0000-4000-8000-${String(n).padStart(12, "0")}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  editor.contentTypes.declare(props, CONTENT_TYPE.customXmlProps);
  editor.contentTypes.declare(item, CONTENT_TYPE.xml);
  return item;
}

/** The custom XML parts of the package whose text holds `namespace`, with their numbers (customXml/item7.xml → 7). */
export function customXmlPartsOf(parts: PackageParts, namespace: string): { name: string; n: number; xml: string }[] {
  const found: { name: string; n: number; xml: string }[] = [];
  for (const name of parts.names()) {
    const m = /^customXml\/item(\d+)\.xml$/i.exec(name);
    if (!m) continue;
    let xml: string;
    try {
      xml = parts.text(name);
    } catch {
      continue;
    }
    if (xml.includes(namespace)) found.push({ name, n: Number(m[1]), xml });
  }
  return found;
}
