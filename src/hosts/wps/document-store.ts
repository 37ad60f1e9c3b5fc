import { MSO_PROPERTY_TYPE_STRING, type WpsDocumentProperties } from "./wps-api";

const PREFIX = "disclosure-assistant:";

/**
 * Longest piece of a value kept in one property. Excel caps a custom property's text at 255 characters; counting a
 * non-ASCII character twice keeps each piece within 255 bytes too, should a build count bytes of the GBK code page.
 */
const PIECE_BYTES = 255;

/**
 * Small key/value state kept in the workbook's custom document properties (文件 → 属性 → 自定义), so it is saved
 * with the file in every format WPS writes (.xlsx, .xls, .et) and never shows as a sheet that could be published by
 * mistake. A value longer than one property holds is cut into pieces named "disclosure-assistant:<key>.0", ".1" …
 * Example: save("priorYear", '{"总计":"1946.77"}') → one property "disclosure-assistant:priorYear.0".
 */
export class DocumentStore {
  constructor(private readonly properties: WpsDocumentProperties | undefined) {}

  load(key: string): string | undefined {
    const pieces = this.pieces(key);
    if (pieces.length === 0) return undefined;
    // A damaged set (a piece missing) reads as nothing stored rather than as a wrong value.
    if (pieces.some((p, i) => p.index !== i)) return undefined;
    return pieces.map((p) => String(this.properties!.Item(p.name).Value ?? "")).join("");
  }

  save(key: string, value: string): void {
    const properties = this.required();
    this.remove(key);
    splitPieces(value).forEach((piece, i) => properties.Add(`${PREFIX}${key}.${i}`, false, MSO_PROPERTY_TYPE_STRING, piece));
  }

  remove(key: string): void {
    const properties = this.required();
    for (const piece of this.pieces(key)) properties.Item(piece.name).Delete();
  }

  private pieces(key: string): { name: string; index: number }[] {
    if (!this.properties) return [];
    const stem = `${PREFIX}${key}.`;
    const found: { name: string; index: number }[] = [];
    for (let i = 1; i <= this.properties.Count; i++) {
      const name = this.properties.Item(i).Name;
      const index = name.startsWith(stem) ? Number(name.slice(stem.length)) : NaN;
      if (Number.isInteger(index) && index >= 0) found.push({ name, index });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  private required(): WpsDocumentProperties {
    if (!this.properties) throw new Error("此版本 WPS 不支持自定义文档属性，无法把设置和标记记录保存在工作簿中");
    return this.properties;
  }
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
