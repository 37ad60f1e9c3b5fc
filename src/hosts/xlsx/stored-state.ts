import { decodeXml } from "./read/xml-scanner";
import { findJournals } from "./write/mark-journal-part";
import type { PackageParts } from "./write/package-parts";

const KEY_PREFIX = "disclosure-assistant:";

/**
 * A state value stored with a workbook, wherever the host that stored it keeps it: the marked copy's record
 * (the page, src/hosts/xlsx/write/mark-journal-part.ts), Excel's add-in settings (xl/webextensions, workbook.settings), WPS's custom document properties
 * (docProps/custom.xml, cut into pieces as src/hosts/wps/document-store.ts writes them). Undefined when none holds it.
 */
export function readStoredState(parts: PackageParts, key: string): string | undefined {
  return findJournals(parts)[0]?.state?.[key] ?? fromOfficeSettings(parts, key) ?? fromCustomProperties(parts, key);
}

/**
 * A start tag's attributes: anything but “>” outside quotes, and anything but the closing quote inside them (XML lets
 * an attribute value hold “>” unescaped — an explanation such as “收入>支出”).
 */
const PROPERTY_TAG = /<(?:\w+:)?property\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Excel saves each add-in setting in the add-in's web extension part (xl/webextensions/webextensionN.xml, [MS-OWEXML])
 * as <we:property name="…" value="…"/>, the value being the setting serialised as JSON: our string values are JSON
 * string literals there (“"{\"notes\":…}"”).
 */
function fromOfficeSettings(parts: PackageParts, key: string): string | undefined {
  for (const name of parts.names().filter((n) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(n))) {
    for (const m of textOf(parts, name).matchAll(PROPERTY_TAG)) {
      if (decodeXml(attribute(m[1], "name") ?? "") !== KEY_PREFIX + key) continue;
      const value = decodeXml(attribute(m[1], "value") ?? "");
      return jsonString(value) ?? value;
    }
  }
  return undefined;
}

function fromCustomProperties(parts: PackageParts, key: string): string | undefined {
  if (!parts.has("docProps/custom.xml")) return undefined;
  const stem = `${KEY_PREFIX}${key}.`;
  const generations = new Map<number, { index: number; count: number; text: string }[]>();
  for (const m of textOf(parts, "docProps/custom.xml").matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g)) {
    const name = decodeXml(attribute(m[1], "name") ?? "");
    const piece = name.startsWith(stem) ? /^(\d+)\.(\d+)-(\d+)$/.exec(name.slice(stem.length)) : null;
    if (!piece) continue;
    const text = decodeXml(/<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(m[2])?.[1] ?? "");
    const list = generations.get(Number(piece[1])) ?? [];
    list.push({ index: Number(piece[2]), count: Number(piece[3]), text });
    generations.set(Number(piece[1]), list);
  }
  const complete = [...generations]
    .sort(([a], [b]) => b - a)
    .find(([, list]) => list.length === list[0].count && new Set(list.map((p) => p.index)).size === list.length);
  return complete?.[1]
    .sort((a, b) => a.index - b.index)
    .map((p) => p.text)
    .join("");
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

function jsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

function textOf(parts: PackageParts, name: string): string {
  try {
    return parts.text(name);
  } catch {
    return "";
  }
}
