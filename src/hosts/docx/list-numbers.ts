/**
 * Word's automatic list numbers (“一、”, “（二）”, “1.”) are not text of the document: Word draws them from the
 * numbering part, and a text extractor leaves them out. The 情况说明 reads its sections by them (a heading “五、…”
 * sets the 一般公共预算 context of the paragraphs under it), so the numbers are written into the paragraphs as
 * text before the document is read, as Word shows them — the same text a sheet holds when the heading is typed.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

/** A paragraph's list: its numbering instance and level. */
interface ListPlace {
  numId: string;
  level: number;
}

const attribute = (xml: string, element: string): string | undefined => new RegExp(`<w:${element}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

/** The levels of each numbering instance (numId → levels by ilvl), from word/numbering.xml. */
function numberingLevels(numbering: string): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  for (const [, id, body] of numbering.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const [, ilvl, lvl] of body.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels[Number(ilvl)] = {
        start: Number(attribute(lvl, "start") ?? 1),
        format: attribute(lvl, "numFmt") ?? "decimal",
        text: unescapeXml(attribute(lvl, "lvlText") ?? ""),
      };
    }
    abstract.set(id, levels);
  }
  const instances = new Map<string, Level[]>();
  for (const [, numId, body] of numbering.matchAll(/<w:num\b[^>]*\bw:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(attribute(body, "abstractNumId") ?? "");
    if (levels) instances.set(numId, levels);
  }
  return instances;
}

/** The list a style puts its paragraphs in (a 标题 style linked to “一、”), from word/styles.xml. */
function styleLists(styles: string): Map<string, ListPlace> {
  const lists = new Map<string, ListPlace>();
  for (const [, id, body] of styles.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const place = listPlace(body);
    if (place) lists.set(id, place);
  }
  return lists;
}

function listPlace(properties: string): ListPlace | undefined {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
  const numId = numPr && attribute(numPr, "numId");
  return numId && numId !== "0" ? { numId, level: Number(attribute(numPr, "ilvl") ?? 0) } : undefined;
}

const CHINESE_DIGITS = "〇一二三四五六七八九";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
function chineseCount(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  return `${CHINESE_DIGITS[Math.floor(n / 100) % 10]}百${rest === 0 ? "" : rest < 10 ? `零${CHINESE_DIGITS[rest]}` : rest < 20 ? `一${chineseCount(rest)}` : chineseCount(rest)}`;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [value, letters] of parts) for (; n >= value; n -= value) out += letters;
  return out;
}

const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter in a level's number format, as Word prints it. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographDigital":
    case "japaneseCounting":
      return chineseCount(n);
    case "ideographTraditional":
      return HEAVENLY_STEMS[(n - 1) % 10];
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "lowerLetter":
      return letter(n);
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const unescapeXml = (text: string): string => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/**
 * The document with each numbered paragraph's number written as its first run (“一、”, “（二）”, “1.”): counters
 * per list, a level restarting the levels below it, bullets and unnumbered levels left alone. Numbers given by a
 * paragraph's own properties or by its style are both written.
 */
export function withListNumbers(document: string, numbering: string | undefined, styles: string | undefined): string {
  if (!numbering) return document;
  const levels = numberingLevels(numbering);
  const byStyle = styleLists(styles ?? "");
  const counters = new Map<string, number[]>();
  return document.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, properties: string) => {
    const place = listPlace(properties) ?? byStyle.get(attribute(properties, "pStyle") ?? "");
    const list = place && levels.get(place.numId);
    const level = place && list?.[place.level];
    if (!place || !list || !level || level.format === "bullet" || level.format === "none" || !level.text) return whole;
    const counts = counters.get(place.numId) ?? [];
    counts[place.level] = (counts[place.level] ?? level.start - 1) + 1;
    counts.length = place.level + 1;
    counters.set(place.numId, counts);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const shown = list[Number(k) - 1];
      return shown ? formatNumber(counts[Number(k) - 1] ?? shown.start, shown.format) : "";
    });
    return `${whole}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
  });
}
