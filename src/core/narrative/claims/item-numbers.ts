import { toHalfWidth } from "../../numbers/parse-number";

/**
 * The number a paragraph opens with as an item of a list, and its level — the numbering styles of a 情况说明 from the
 * outermost: “一、” / “一.”, “(一)”, “1.” / “1、”, “(1)”, “一是”. Items of one list share a level; an item's own parts are of a
 * deeper one.
 */
export interface ItemNumber {
  /** 0 for “一、”, 1 for “(一)”, 2 for “1.”, 3 for “(1)”, 4 for “一是”. */
  level: number;
  n: number;
}

/** Each level's number as written, from the outermost: as regex source, the numeral captured. */
const MARKS: readonly string[] = [
  String.raw`([一二三四五六七八九十]{1,3})\s*[、.．]`,
  String.raw`[(（]([一二三四五六七八九十]{1,3})[)）]`,
  String.raw`(\d{1,2})\s*[.．、](?!\d)`,
  String.raw`[(（](\d{1,2})[)）]`,
  String.raw`([一二三四五六七八九十]{1,3})是`,
];
const LEVELS: readonly RegExp[] = MARKS.map((mark) => new RegExp(String.raw`^\s*${mark}`));

export function itemNumber(text: string): ItemNumber | undefined {
  const plain = toHalfWidth(text);
  for (const [level, pattern] of LEVELS.entries()) {
    const number = pattern.exec(plain);
    if (number) return { level, n: numeral(number[1]) };
  }
  return undefined;
}

/** The outline numbers (“一、”, “(一)”, “1.”, “(1)”): “一是” is a word of its sentence, kept. */
const OUTLINE_LEVELS = LEVELS.slice(0, 4);

/** A name or clause without the outline number it opens with (“(二)支出预算” → “支出预算”), as written otherwise. */
export function withoutItemNumber(text: string): string {
  const plain = toHalfWidth(text);
  const number = OUTLINE_LEVELS.map((pattern) => pattern.exec(plain)).find((m) => m);
  return number ? text.slice(number[0].length) : text;
}

/**
 * A section number inside words, of the two outer levels (“…，三、公务接待费预算200万元”, “（三）”): where the next item of the
 * text's outline opens, or -1.
 */
export const sectionNumberAt = (words: string): number => words.search(SECTION_NUMBER);
const SECTION_NUMBER = new RegExp(MARKS.slice(0, 2).join("|"));

/** “第二部分”: a part of the text, the level above its “一、”. */
export const opensPart = (text: string): boolean => PART.test(text);
const PART = /^\s*第[一二三四五六七八九十]+部分/;

const DIGITS = "一二三四五六七八九";

/** “3” → 3, “三” → 3, “十二” → 12, “二十一” → 21. */
function numeral(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const [tens, units] = written.includes("十") ? written.split("十") : ["", written];
  const digit = (d: string) => DIGITS.indexOf(d) + 1;
  return (written.includes("十") ? (tens ? digit(tens) : 1) * 10 : 0) + (units ? digit(units) : 0);
}
