import { toHalfWidth } from "../../numbers/parse-number";

/**
 * The number a paragraph opens with as an item of a list, and its level — the numbering styles of a 情况说明 from the
 * outermost: “一、”, “(一)”, “1.” / “1、”, “(1)”, “一是”. Items of one list share a level; an item's own parts are of a
 * deeper one.
 */
export interface ItemNumber {
  /** 0 for “一、”, 1 for “(一)”, 2 for “1.”, 3 for “(1)”, 4 for “一是”. */
  level: number;
  n: number;
}

const LEVELS: readonly RegExp[] = [
  /^\s*([一二三四五六七八九十]{1,3})\s*、/,
  /^\s*[(（]([一二三四五六七八九十]{1,3})[)）]/,
  /^\s*(\d{1,2})\s*[.．、](?!\d)/,
  /^\s*[(（](\d{1,2})[)）]/,
  /^\s*([一二三四五六七八九十]{1,3})是/,
];

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

const DIGITS = "一二三四五六七八九";

/** “3” → 3, “三” → 3, “十二” → 12, “二十一” → 21. */
function numeral(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const [tens, units] = written.includes("十") ? written.split("十") : ["", written];
  const digit = (d: string) => DIGITS.indexOf(d) + 1;
  return (written.includes("十") ? (tens ? digit(tens) : 1) * 10 : 0) + (units ? digit(units) : 0);
}
