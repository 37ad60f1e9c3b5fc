import { strToU8, unzipSync, zipSync } from "fflate";

/**
 * A workbook as Excel saves it after an add-in stored settings (workbook.settings / Office.context.document.settings):
 * the add-in's web extension part xl/webextensions/webextension1.xml holds one <we:property> per setting, its value
 * the setting serialised as JSON (a string setting is a JSON string literal), reached from the package through the
 * task-pane part (taskpanes.xml), as [MS-OWEXML] documents it. Another add-in's part sits beside it.
 */
const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** Quotes, ampersands and “<” escaped as XML requires in an attribute; “>” left as it is (XML allows it there). */
function attributeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function webExtension(id: string, settings: ReadonlyMap<string, unknown>): string {
  const properties = [...settings].map(([name, value]) => `<we:property name="${attributeText(name)}" value="${attributeText(JSON.stringify(value))}"/>`);
  return (
    `${DECL}<we:webextension xmlns:we="${WE}" id="{${id}}">` +
    `<we:reference id="wa200005502" version="1.0.0.0" store="zh-CN" storeType="OMEX"/><we:alternateReferences/>` +
    `<we:properties>${properties.join("")}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`
  );
}

/** The workbook's bytes with the settings saved as Excel saves them (and a second add-in's settings of the same names, unprefixed). */
export function withExcelSettings(bytes: Uint8Array, settings: ReadonlyMap<string, unknown>): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const types = text("[Content_Types].xml").replace(
    "</Types>",
    `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
      `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>` +
      `<Override PartName="/xl/webextensions/webextension2.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
  );
  const rels = text("_rels/.rels").replace(
    "</Relationships>",
    `<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
  );
  const unprefixed = new Map([...settings].map(([name, value]) => [name.replace(/^disclosure-assistant:/, ""), value]));
  const taskpanes =
    `${DECL}<wetp:taskpanes xmlns:wetp="${WETP}">` +
    `<wetp:taskpane dockstate="right" visibility="1" width="438" row="4"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane>` +
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="5"><wetp:webextensionref xmlns:r="${REL}" r:id="rId2"/></wetp:taskpane></wetp:taskpanes>`;
  const taskpaneRels =
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"/>` +
    `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`;
  return zipSync({
    ...files,
    "[Content_Types].xml": strToU8(types),
    "_rels/.rels": strToU8(rels),
    "xl/webextensions/taskpanes.xml": strToU8(taskpanes),
    "xl/webextensions/_rels/taskpanes.xml.rels": strToU8(taskpaneRels),
    // The other add-in's part comes first in the package: the reader must go by name, not by order.
    "xl/webextensions/webextension2.xml": strToU8(webExtension("6C0F1B4E-0D5A-4B8E-9C2E-2F3A4B5C6D7E", unprefixed)),
    "xl/webextensions/webextension1.xml": strToU8(webExtension("9A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D", settings)),
  });
}
