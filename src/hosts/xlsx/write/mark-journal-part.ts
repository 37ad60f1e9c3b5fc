import { addCustomXmlPart, customXmlPartsOf } from "./custom-xml-part";
import type { PackageEditor, PackageJournal } from "./package-editor";
import type { PackageParts } from "./package-parts";
import { escapeXml, XML_DECLARATION } from "./xml-scan";
import { decodeXml } from "../read/xml-scanner";

/**
 * The marked copy remembers how to remove its marks in a custom XML part (customXml/itemN.xml, namespace below):
 * the journal of every edit and new part. Excel keeps custom XML parts when it saves, and the tool finds the part
 * again by its namespace.
 */
export const MARKED_COPY_NAMESPACE = "urn:disclosure-assistant:marked-copy:1";

interface StoredJournal extends PackageJournal {
  v: 1;
  /** What the accountant typed in the page (上年数, words for the gaps …), by state key: opened again, it is restored. */
  state?: Record<string, string>;
}

export interface FoundJournal {
  /** The custom XML part holding it. */
  item: string;
  journal: PackageJournal;
  state?: Record<string, string>;
}

/**
 * Queues the relationship, properties part and content types of a new record part; after the commit, `write`
 * puts the journal (which includes these very edits) into it, with the page's typed state when given.
 */
export function reserveJournalPart(
  editor: PackageEditor,
  workbookPart: string,
): { write(parts: PackageParts, journal: PackageJournal, state?: Record<string, string>): void } {
  const item = addCustomXmlPart(editor, workbookPart);
  return {
    write(parts, journal, state) {
      const stored: StoredJournal = { v: 1, ...journal, ...(state && Object.keys(state).length > 0 ? { state } : {}) };
      parts.set(item, `${XML_DECLARATION}<markedCopy xmlns="${MARKED_COPY_NAMESPACE}">${escapeXml(JSON.stringify(stored))}</markedCopy>`);
    },
  };
}

/** The package's mark journals, newest first. A part that is not ours, or is damaged, is not one. */
export function findJournals(parts: PackageParts): FoundJournal[] {
  const found: { n: number; journal: FoundJournal }[] = [];
  for (const { name, n, xml } of customXmlPartsOf(parts, MARKED_COPY_NAMESPACE)) {
    const stored = readJournal(xml);
    if (stored) found.push({ n, journal: { item: name, journal: { edited: stored.edited, created: stored.created }, state: stored.state } });
  }
  return found.sort((a, b) => b.n - a.n).map((f) => f.journal);
}

function readJournal(xml: string): StoredJournal | undefined {
  const body = /<markedCopy\b[^>]*>([\s\S]*)<\/markedCopy>/.exec(xml)?.[1];
  if (!body) return undefined;
  try {
    const stored = JSON.parse(decodeXml(body)) as StoredJournal;
    if (stored.v !== 1 || !Array.isArray(stored.edited) || !Array.isArray(stored.created)) return undefined;
    return { v: 1, edited: stored.edited, created: stored.created, state: textRecord(stored.state) };
  } catch {
    return undefined;
  }
}

/** A stored map of names to text; anything else reads as nothing. */
function textRecord(raw: unknown): Record<string, string> | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
}
