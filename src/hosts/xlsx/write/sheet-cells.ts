import { cellAddress, parseCellAddress } from "../../../core/snapshot/address";
import type { TextEdits } from "./text-edits";
import { attribute, qualify, readAttributes, TagScanner, type XmlTag } from "./xml-scan";

/** A cell of the sheet part to restyle: where it is written, or where it has to be added. */
export interface CellSite {
  row: number;
  col: number;
  /** Format the cell shows now (its `s`; for a cell not written: its row's or column's format, else 0). */
  xf: number;
  /** The cell's start tag when the cell is written in the part, and the offset after its element. */
  tag?: XmlTag;
  end?: number;
}

/** Where cells that are not written yet go: one edit per place, rows or cells in order. */
interface Insertion {
  at: number;
  removeTo: number;
  open: string;
  close: string;
  asRows: boolean;
  sites: CellSite[];
}

/**
 * The cells of one worksheet part to restyle (or, for the 情况说明, to fill). One pass over <sheetData>; rows without a target are skipped by
 * their end tag, so the cost is the part's length, not the number of cells.
 */
export class SheetCells {
  readonly sites: CellSite[] = [];
  private readonly insertions: Insertion[] = [];
  private readonly columnStyles: { min: number; max: number; xf: number }[] = [];

  /** `targets`: 0-based positions; `prefix`: the prefix of the SpreadsheetML namespace in this part. */
  constructor(
    private readonly xml: string,
    private readonly prefix: string,
    targets: readonly { row: number; col: number }[],
  ) {
    const sorted = [...targets].sort((a, b) => a.row - b.row || a.col - b.col);
    this.locate(sorted.filter((t, i) => i === 0 || t.row !== sorted[i - 1].row || t.col !== sorted[i - 1].col));
  }

  /** Queues `s` of every site: written cells get their attribute set, the others are added with it. */
  restyle(edits: TextEdits, xfOf: (site: CellSite) => number): void {
    this.restyleWritten(edits, xfOf);
    this.insertMissing(edits, (site) => `<${this.name("c")} r="${cellAddress(site.row, site.col)}" s="${xfOf(site)}"/>`);
  }

  /** Queues `s` of the sites written in the part whose format changes; cells not written are left out. */
  restyleWritten(edits: TextEdits, xfOf: (site: CellSite) => number): void {
    for (const site of this.sites) {
      if (!site.tag) continue;
      const xf = xfOf(site);
      if (xf === site.xf) continue;
      const attrs = readAttributes(this.xml, site.tag);
      const s = attrs.find((a) => a.name === "s");
      const r = attrs.find((a) => a.name === "r");
      if (s) edits.replace(s.valueStart, s.valueEnd, String(xf));
      else edits.insert(r ? r.valueEnd + 1 : site.tag.start + 1 + site.tag.name.length, ` s="${xf}"`); // after r, as Excel writes it
    }
  }

  /**
   * Queues each site's whole cell element as `cellXml` gives it: written cells are replaced, the others added.
   * Only for cells known to hold no value (the caller's promise): what replaces them is all they will hold.
   */
  replace(edits: TextEdits, cellXml: (site: CellSite) => string): void {
    for (const site of this.sites) if (site.tag) edits.replace(site.tag.start, site.end!, cellXml(site));
    this.insertMissing(edits, cellXml);
  }

  private insertMissing(edits: TextEdits, cellXml: (site: CellSite) => string): void {
    for (const ins of this.insertions) {
      const body = ins.asRows ? rowsXml(ins.sites, this.name("row"), cellXml) : ins.sites.map(cellXml).join("");
      edits.replace(ins.at, ins.removeTo, ins.open + body + ins.close);
    }
  }

  private locate(targets: { row: number; col: number }[]): void {
    const rowName = this.name("row");
    const scanner = new TagScanner(this.xml);
    let tag = scanner.next();
    for (; tag && tag.name !== this.name("sheetData"); tag = scanner.next()) if (tag.name === this.name("col") && tag.kind !== "close") this.readColumn(tag);
    if (!tag) return;
    if (tag.kind === "empty") {
      this.insert({ at: tag.end - 2, removeTo: tag.end, open: ">", close: `</${tag.name}>`, asRows: true }, targets, 0, targets.length);
      return;
    }
    let next = 0;
    let rowNumber = -1;
    for (let row = scanner.next(); row; row = scanner.next()) {
      if (row.kind === "close") {
        this.insert({ at: row.start, removeTo: row.start, open: "", close: "", asRows: true }, targets, next, targets.length);
        return;
      }
      if (row.name !== rowName) {
        scanner.seek(scanner.skipElement(row));
        continue;
      }
      const attrs = readAttributes(this.xml, row);
      const r = attrs.find((a) => a.name === "r");
      rowNumber = r && Number(r.value) >= 1 ? Number(r.value) - 1 : rowNumber + 1;
      let end = next;
      while (end < targets.length && targets[end].row < rowNumber) end++;
      this.insert({ at: row.start, removeTo: row.start, open: "", close: "", asRows: true }, targets, next, end);
      next = end;
      while (end < targets.length && targets[end].row === rowNumber) end++;
      const rowXf = attrs.find((a) => a.name === "customFormat")?.value === "1" ? Number(attrs.find((a) => a.name === "s")?.value ?? 0) : undefined;
      if (end > next) this.locateInRow(scanner, row, targets.slice(next, end), rowXf);
      else if (row.kind === "open") scanner.seek(this.endOf(row));
      next = end;
    }
  }

  private locateInRow(scanner: TagScanner, row: XmlTag, targets: { row: number; col: number }[], rowXf: number | undefined): void {
    const site = (t: { row: number; col: number }): CellSite => ({ ...t, xf: rowXf ?? this.columnXf(t.col) });
    if (row.kind === "empty") {
      this.insertSites({ at: row.end - 2, removeTo: row.end, open: ">", close: `</${row.name}>`, asRows: false }, targets.map(site));
      return;
    }
    let next = 0;
    let col = -1;
    for (let cell = scanner.next(); cell; cell = scanner.next()) {
      if (cell.kind === "close") {
        this.insertSites({ at: cell.start, removeTo: cell.start, open: "", close: "", asRows: false }, targets.slice(next).map(site));
        return;
      }
      if (cell.name !== this.name("c")) {
        scanner.seek(scanner.skipElement(cell));
        continue;
      }
      const r = attribute(this.xml, cell, "r");
      col = (r && cellPosition(r.value)?.col) ?? col + 1;
      let end = next;
      while (end < targets.length && targets[end].col < col) end++;
      this.insertSites({ at: cell.start, removeTo: cell.start, open: "", close: "", asRows: false }, targets.slice(next, end).map(site));
      next = end;
      const elementEnd = scanner.skipElement(cell);
      if (next < targets.length && targets[next].col === col) {
        this.sites.push({ ...targets[next], xf: Number(attribute(this.xml, cell, "s")?.value ?? 0), tag: cell, end: elementEnd });
        next++;
      }
      scanner.seek(elementEnd);
    }
  }

  private insert(base: Omit<Insertion, "sites">, targets: { row: number; col: number }[], from: number, to: number): void {
    this.insertSites(
      base,
      targets.slice(from, to).map((t) => ({ ...t, xf: this.columnXf(t.col) })),
    );
  }

  private insertSites(base: Omit<Insertion, "sites">, sites: CellSite[]): void {
    if (sites.length === 0) return;
    this.sites.push(...sites);
    this.insertions.push({ ...base, sites });
  }

  /** Offset after the end tag of an open <row> (rows do not nest, and text holds no raw "<"). */
  private endOf(row: XmlTag): number {
    const close = this.xml.indexOf(`</${row.name}`, row.end);
    return close < 0 ? this.xml.length : this.xml.indexOf(">", close) + 1;
  }

  private readColumn(tag: XmlTag): void {
    const attrs = new Map(readAttributes(this.xml, tag).map((a) => [a.name, a.value]));
    const style = attrs.get("style");
    if (style !== undefined) this.columnStyles.push({ min: Number(attrs.get("min")) - 1, max: Number(attrs.get("max")) - 1, xf: Number(style) });
  }

  private columnXf(col: number): number {
    return this.columnStyles.find((c) => c.min <= col && col <= c.max)?.xf ?? 0;
  }

  private name(local: string): string {
    return qualify(this.prefix, local);
  }
}

function rowsXml(sites: CellSite[], rowName: string, cellXml: (site: CellSite) => string): string {
  const out: string[] = [];
  for (let i = 0; i < sites.length;) {
    const row = sites[i].row;
    const cells: string[] = [];
    for (; i < sites.length && sites[i].row === row; i++) cells.push(cellXml(sites[i]));
    out.push(`<${rowName} r="${row + 1}">${cells.join("")}</${rowName}>`);
  }
  return out.join("");
}

/** 0-based position of a cell address ("D11" → { row: 10, col: 3 }); undefined for anything but one cell. */
export function cellPosition(cell: string): { row: number; col: number } | undefined {
  try {
    return parseCellAddress(cell);
  } catch {
    return undefined;
  }
}
