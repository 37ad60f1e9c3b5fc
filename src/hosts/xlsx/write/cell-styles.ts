import type { Severity } from "../../../core/findings/finding";
import { MARK_FILL } from "../../marks/cell-marks";
import { CONTENT_TYPE } from "./content-types";
import { MarkedCopyError } from "./package-parts";
import type { PackageEditor } from "./package-editor";
import { RELATIONSHIP } from "./relationships";
import { TextEdits } from "./text-edits";
import { MAIN_NAMESPACE } from "./namespaces";
import { namespacePrefix, qualify, readAttributes, TagScanner, XML_DECLARATION, type XmlTag } from "./xml-scan";

/** A list element of styles.xml (<fills>, <cellXfs>) with the spans of its children. */
interface StyleList {
  open: XmlTag;
  /** Offset of its end tag, where new children go (undefined when the list is written `<fills/>`). */
  closeAt?: number;
  children: { start: number; end: number }[];
}

/**
 * New cell formats for the marked copy, added at the end of styles.xml: one solid fill per severity, and per marked
 * cell's current format a clone of that format with only the fill changed — so number format, font, borders,
 * alignment and protection of a marked cell stay exactly as they were. Existing formats are never changed.
 */
export class CellStyles {
  private readonly part: string;
  /** The workbook had no styles part: this one is created at flush. */
  private readonly isNew: boolean;
  private readonly xml: string;
  private readonly prefix: string;
  private readonly fills?: StyleList;
  private readonly xfs?: StyleList;
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  /** Each existing cell format compared without its fill (made on first use). */
  private formatKeys?: string[];

  constructor(
    private readonly editor: PackageEditor,
    private readonly workbookPart: string,
    stylesPart: string | undefined,
  ) {
    this.isNew = stylesPart === undefined;
    this.part = stylesPart ?? editor.freeName((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
    this.xml = stylesPart ? editor.text(stylesPart) : MINIMAL_STYLES;
    this.prefix = namespacePrefix(this.xml, MAIN_NAMESPACE) ?? "";
    this.fills = findList(this.xml, qualify(this.prefix, "fills"), qualify(this.prefix, "fill"));
    this.xfs = findList(this.xml, qualify(this.prefix, "cellXfs"), qualify(this.prefix, "xf"));
  }

  /** Index of the format “cell format `xf` with the mark fill of `severity`” (added on first use). */
  marked(xf: number, severity: Severity): number {
    const key = `${xf}:${severity}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const fillId = this.markFill(severity);
    return this.addXf(key, withAttributes(this.baseXf(xf), { fillId: String(fillId), applyFill: "1" }));
  }

  /**
   * Format `xf` without the add-in's mark fill: the format it was cloned from (equal to it but for the fill) when the
   * styles still hold one, else a clone without fill; `xf` itself when its fill is no mark fill.
   */
  unmarked(xf: number): number {
    const element = this.xfText(xf);
    if (element === undefined || !this.isMarkFill(fillIdOf(element))) return xf;
    const known = this.xfIds.get(`unmarked:${xf}`);
    if (known !== undefined) return known;
    this.formatKeys ??= this.xfs!.children.map((_, i) => formatKey(this.xfText(i)!));
    const key = this.formatKeys[xf];
    const twin = this.formatKeys.findIndex((k, i) => i !== xf && k === key && !this.isMarkFill(fillIdOf(this.xfText(i)!)));
    if (twin >= 0) {
      this.xfIds.set(`unmarked:${xf}`, twin);
      return twin;
    }
    return this.addXf(`unmarked:${xf}`, withAttributes(element, { fillId: "0", applyFill: "0" }));
  }

  /** Index of a plain format that wraps text at the top of the cell (the 情况说明 paragraphs). */
  wrapped(): number {
    const x = (local: string) => qualify(this.prefix, local);
    return this.addXf(
      "wrap",
      `<${x("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${x("alignment")} vertical="top" wrapText="1"/></${x("xf")}>`,
    );
  }

  /** Queues the new fills and formats and the lists' counts. */
  flush(): void {
    if (this.newXfs.length === 0) return;
    if (!this.fills || !this.xfs) throw new MarkedCopyError("无法写出标记副本：样式部件 styles.xml 缺少 fills 或 cellXfs。");
    const edits = this.isNew ? new TextEdits(this.xml) : this.editor.edit(this.part);
    appendChildren(edits, this.xml, this.fills, this.newFills);
    appendChildren(edits, this.xml, this.xfs, this.newXfs);
    if (!this.isNew) return;
    this.editor.create(this.part, edits.apply().text);
    this.editor.rels(this.workbookPart).add(RELATIONSHIP.styles, this.part);
    this.editor.contentTypes.declare(this.part, CONTENT_TYPE.styles);
  }

  private markFill(severity: Severity): number {
    const known = this.fillIds.get(severity);
    if (known !== undefined) return known;
    const x = (local: string) => qualify(this.prefix, local);
    const id = (this.fills?.children.length ?? 0) + this.newFills.length;
    this.newFills.push(
      `<${x("fill")}><${x("patternFill")} patternType="solid"><${x("fgColor")} rgb="FF${MARK_FILL[severity]}"/><${x("bgColor")} indexed="64"/></${x("patternFill")}></${x("fill")}>`,
    );
    this.fillIds.set(severity, id);
    return id;
  }

  private addXf(key: string, element: string): number {
    const id = (this.xfs?.children.length ?? 0) + this.newXfs.length;
    this.newXfs.push(element);
    this.xfIds.set(key, id);
    return id;
  }

  private xfText(xf: number): string | undefined {
    const child = this.xfs?.children[xf];
    return child && this.xml.slice(child.start, child.end);
  }

  /** The fill is a solid fill in one of the mark colours. */
  private isMarkFill(fillId: number): boolean {
    const child = this.fills?.children[fillId];
    if (!child) return false;
    const fill = this.xml.slice(child.start, child.end);
    return /patternType\s*=\s*["']solid["']/.test(fill) && MARK_COLOUR.test(fill);
  }

  /** The text of cell format `xf`; a cell pointing past the list is shown with format 0, so that is cloned. */
  private baseXf(xf: number): string {
    const child = this.xfs?.children[xf] ?? this.xfs?.children[0];
    if (child) return this.xml.slice(child.start, child.end);
    return `<${qualify(this.prefix, "xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }
}

const MARK_COLOUR = new RegExp(`fgColor\\b[^>]*\\brgb\\s*=\\s*["'](?:FF)?(?:${Object.values(MARK_FILL).join("|")})["']`, "i");

function fillIdOf(xf: string): number {
  return Number(/\bfillId\s*=\s*["'](\d+)["']/.exec(xf)?.[1] ?? 0);
}

/** A cell format compared without its fill: its other attributes in name order, then its content. */
function formatKey(xf: string): string {
  const tag = new TagScanner(xf).next()!;
  const attrs = readAttributes(xf, tag)
    .filter((a) => a.name !== "fillId" && a.name !== "applyFill")
    .map((a) => `${a.name}=${a.value}`)
    .sort();
  return `${attrs.join(" ")}|${xf.slice(tag.end).replace(/<\/[^>]*>$/, "")}`;
}

/** Styles of a workbook written without a styles part: one font, the two required fills, one border, format 0. */
const MINIMAL_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NAMESPACE}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function findList(xml: string, listName: string, childName: string): StyleList | undefined {
  const scanner = new TagScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name !== listName || tag.kind === "close") continue;
    const list: StyleList = { open: tag, children: [] };
    if (tag.kind === "empty") return list;
    for (let child = scanner.next(); child; child = scanner.next()) {
      if (child.kind === "close") {
        list.closeAt = child.start;
        return list;
      }
      const start = child.start;
      const end = scanner.skipElement(child);
      if (child.name === childName) list.children.push({ start, end });
    }
  }
  return undefined;
}

/** Queues new children at the end of a list and its `count` (when it has one) raised to match. */
function appendChildren(edits: TextEdits, xml: string, list: StyleList, children: string[]): void {
  if (children.length === 0) return;
  const count = readAttributes(xml, list.open).find((a) => a.name === "count");
  if (count) edits.replace(count.valueStart, count.valueEnd, String(list.children.length + children.length));
  if (list.closeAt !== undefined) edits.insert(list.closeAt, children.join(""));
  else edits.replace(list.open.end - 2, list.open.end, `>${children.join("")}</${list.open.name}>`);
}

/** The element with its start tag's attributes set: `<xf fillId="0" …>` + { fillId: "5" } → `<xf fillId="5" …>`. */
function withAttributes(element: string, values: Record<string, string>): string {
  const tag = new TagScanner(element).next()!;
  const attrs = readAttributes(element, tag);
  const edits = new TextEdits(element);
  for (const [name, value] of Object.entries(values)) {
    const found = attrs.find((a) => a.name === name);
    if (found) edits.replace(found.valueStart, found.valueEnd, value);
    else edits.insert(tag.end - (tag.kind === "empty" ? 2 : 1), ` ${name}="${value}"`);
  }
  return edits.apply().text;
}
