import { MSO_PROPERTY_TYPE_STRING, type WpsDocumentProperties } from "./wps-api";

const PREFIX = "disclosure-assistant:";

/**
 * Longest piece of a value kept in one property. Excel caps a custom property's text at 255 characters; counting a
 * non-ASCII character twice keeps each piece within 255 bytes too, should a build count bytes of the GBK code page.
 */
const PIECE_BYTES = 255;

interface Piece {
  name: string;
  generation: number;
  index: number;
  count: number;
}

/**
 * Small key/value state kept in the workbook's custom document properties (文件 → 属性 → 自定义), so it is saved
 * with the file in every format WPS writes (.xlsx, .xls and .et) and never shows as a sheet that could be published
 * by mistake. A value is cut into pieces that one property holds, named "<prefix><key>.<generation>.<index>-<count>":
 * a save writes a new generation before it deletes the old one, and a load takes the newest complete generation, so
 * a save interrupted halfway leaves the previous value readable, never a truncated one.
 * Example: save("priorYear", '{"总计":"1946.77"}') → one property "disclosure-assistant:priorYear.1.0-1".
 */
export class DocumentStore {
  constructor(private readonly properties: WpsDocumentProperties | undefined) {}

  load(key: string): string | undefined {
    const byGeneration = new Map<number, Piece[]>();
    for (const piece of this.pieces(key)) byGeneration.set(piece.generation, [...(byGeneration.get(piece.generation) ?? []), piece]);
    const newestComplete = [...byGeneration.entries()].sort(([a], [b]) => b - a).find(([, pieces]) => isComplete(pieces));
    if (!newestComplete) return undefined;
    const pieces = newestComplete[1].sort((a, b) => a.index - b.index);
    return pieces.map((p) => String(this.properties!.Item(p.name).Value ?? "")).join("");
  }

  save(key: string, value: string): void {
    const properties = this.required();
    const old = this.pieces(key);
    const generation = Math.max(0, ...old.map((p) => p.generation)) + 1;
    const parts = splitPieces(value);
    parts.forEach((part, i) => properties.Add(`${PREFIX}${key}.${generation}.${i}-${parts.length}`, false, MSO_PROPERTY_TYPE_STRING, part));
    for (const piece of old) properties.Item(piece.name).Delete();
  }

  remove(key: string): void {
    const properties = this.required();
    for (const piece of this.pieces(key)) properties.Item(piece.name).Delete();
  }

  private pieces(key: string): Piece[] {
    if (!this.properties) return [];
    const stem = `${PREFIX}${key}.`;
    const found: Piece[] = [];
    for (let i = 1; i <= this.properties.Count; i++) {
      const name = this.properties.Item(i).Name;
      const parts = name.startsWith(stem) ? /^(\d+)\.(\d+)-(\d+)$/.exec(name.slice(stem.length)) : null;
      if (parts) found.push({ name, generation: Number(parts[1]), index: Number(parts[2]), count: Number(parts[3]) });
    }
    return found;
  }

  private required(): WpsDocumentProperties {
    if (!this.properties) throw new Error("此版本 WPS 不支持自定义文档属性，无法把设置和标记记录保存在工作簿中");
    return this.properties;
  }
}

/** Every piece 0 … count−1 of one generation is there, once. */
function isComplete(pieces: Piece[]): boolean {
  const count = pieces[0].count;
  const indexes = new Set(pieces.filter((p) => p.count === count).map((p) => p.index));
  return indexes.size === count && pieces.length === count && [...indexes].every((i) => i < count);
}

/** Pieces of at most PIECE_BYTES (non-ASCII counted twice); an empty value is one empty piece. */
export function splitPieces(value: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  let bytes = 0;
  for (const ch of value) {
    const size = ch.charCodeAt(0) < 0x80 ? 1 : 2 * ch.length;
    if (bytes + size > PIECE_BYTES) {
      pieces.push(piece);
      piece = "";
      bytes = 0;
    }
    piece += ch;
    bytes += size;
  }
  pieces.push(piece);
  return pieces;
}
