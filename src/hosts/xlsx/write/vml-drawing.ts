/**
 * The legacy VML drawing that makes Excel show a sheet's notes: one hidden text-box shape per note, anchored beside
 * its cell. Excel's VML is not always well-formed XML, so an existing drawing is only searched for ids and its end,
 * and new shapes are added before `</xml>`.
 */

const SHAPE_BLOCK = 1024;
const NOTE_SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

export class VmlDrawing {
  private readonly shapes: string[] = [];
  private nextId: number;

  /**
   * `xml`: an existing drawing's text, or undefined for a new one that takes shape-id blocks after `usedBlocks`
   * (the idmap blocks of every other drawing in the package).
   */
  constructor(
    private readonly xml: string | undefined,
    private readonly usedBlocks: number,
  ) {
    let maxId = 0;
    for (const m of (xml ?? "").matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
    this.nextId = maxId > 0 ? maxId + 1 : (usedBlocks + 1) * SHAPE_BLOCK + 1;
  }

  /** A hidden note box for the cell at 0-based (row, col), sized for its text. */
  addNote(row: number, col: number, text: string): void {
    const top = Math.max(row - 1, 0);
    const height = Math.min(Math.max(noteLines(text) + 1, 4), 24);
    this.shapes.push(
      `<v:shape id="_x0000_s${this.nextId++}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:216pt;height:${height * 14}pt;z-index:${this.shapes.length + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
        `<x:Anchor>${col + 1}, 15, ${top}, 10, ${col + 4}, 15, ${top + height}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`,
    );
  }

  get isEmpty(): boolean {
    return this.shapes.length === 0;
  }

  /** For an existing drawing: the offset and text to insert. */
  insertion(): { at: number; text: string } {
    const xml = this.xml ?? "";
    const end = xml.lastIndexOf("</xml>");
    const at = end < 0 ? xml.length : end;
    return { at, text: (xml.includes("_x0000_t202") ? "" : NOTE_SHAPETYPE) + this.shapes.join("") };
  }

  /** The last shape-id block this drawing uses. */
  lastBlock(): number {
    return Math.max(Math.floor((this.nextId - 1) / SHAPE_BLOCK), this.usedBlocks + 1);
  }

  /** For a new drawing: its whole text. */
  document(): string {
    const first = this.usedBlocks + 1;
    const last = this.lastBlock();
    const blocks = Array.from({ length: Math.max(last - first + 1, 1) }, (_, i) => first + i).join(",");
    return (
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>${NOTE_SHAPETYPE}${this.shapes.join("")}</xml>`
    );
  }
}

/** The highest shape-id block named by the idmaps of the given drawings (0 when none). */
export function usedShapeBlocks(drawings: readonly string[]): number {
  let max = 0;
  for (const xml of drawings) {
    for (const m of xml.matchAll(/data="([\d,\s]+)"/g)) for (const n of m[1].split(",")) max = Math.max(max, Number(n) || 0);
    for (const m of xml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / SHAPE_BLOCK));
  }
  return max;
}

/** Lines the note box needs at about 16 Chinese characters per line. */
function noteLines(text: string): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 16)), 0);
}
