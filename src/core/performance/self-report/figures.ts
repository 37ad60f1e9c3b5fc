import { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";
import { normaliseUnit, type NormalUnit } from "../units";
import { APPROXIMATE_AFTER } from "../vocabulary";

/**
 * Figures of a report sentence with their 度量单位: “县级补助人数为289325人，县级补助标准为55.4元/人.年，合计1602.86万元”
 * gives 289325 人, 55.4 元/人.年 and 1602.86 万元, each with the words around it (what it is about). Dates
 * (2023年11月), document numbers (〔2023〕96号) and approximate counts (40多家) are not figures.
 */
export interface ReportFigure {
  value: Decimal;
  /** Last printed digit: 0.1 for “55.4”, 1 for “289325”. */
  precision: Decimal;
  /** Unit as written (“元/人.年”). */
  unitText: string;
  unit: NormalUnit;
  /** As written: “55.4元/人.年”. */
  text: string;
  /** The words since the figure before the previous one (the subject is often named one clause earlier). */
  context: string;
  start: number;
  end: number;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const PER_PART = /^[\u4e00-\u9fff](?:[·.．・][\u4e00-\u9fff])?/;
const APPROXIMATE_UNIT_AFTER = /^(左右|以上|以下|多|余)/;

/** The unit written at the start of `rest` (longest known unit, then an optional “/人.年” part). */
function unitAt(rest: string): { text: string; unit: NormalUnit } | undefined {
  if (rest.startsWith("%") || rest.startsWith("％")) return { text: "%", unit: normaliseUnit("%")! };
  for (const length of [3, 2, 1]) {
    const base = rest.slice(0, length);
    if (!/^[\u4e00-\u9fff]+$/.test(base) || !normaliseUnit(base)) continue;
    const slash = rest.charAt(length);
    const per = slash === "/" || slash === "／" ? PER_PART.exec(rest.slice(length + 1))?.[0] : undefined;
    const text = per && normaliseUnit(per.charAt(0)) ? `${base}/${per}` : base;
    return { text, unit: normaliseUnit(text)! };
  }
  return undefined;
}

/** 2023年, 11月 after a year, 17日 after a month: dates, not figures. */
function isDate(value: Decimal, unitText: string, before: string): boolean {
  if (unitText === "年") return value.isInteger() && value.gte(1900) && value.lte(2100);
  if (unitText === "月") return /年\s*$/.test(before);
  if (unitText === "日" || unitText === "天") return /月\s*$/.test(before);
  return false;
}

function precisionOf(digits: string): Decimal {
  const dot = digits.indexOf(".");
  return new Decimal(1).dividedBy(new Decimal(10).pow(dot < 0 ? 0 : digits.length - dot - 1));
}

export function extractFigures(sentence: string): ReportFigure[] {
  const text = toHalfWidth(sentence);
  const figures: ReportFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    if (start > 0 && /[\d.]/.test(text[start - 1])) continue;
    const afterNumber = text.slice(start + m[0].length).replace(/^\s+/, "");
    if (APPROXIMATE_AFTER.test(afterNumber)) continue;
    const unit = unitAt(afterNumber);
    if (!unit) continue;
    const digits = m[0].replace(/,/g, "");
    const value = new Decimal(digits);
    if (isDate(value, unit.text, text.slice(0, start))) continue;
    if (APPROXIMATE_UNIT_AFTER.test(afterNumber.slice(unit.text.length))) continue;
    const end = text.indexOf(unit.text, start + m[0].length) + unit.text.length;
    figures.push({ value, precision: precisionOf(digits), unitText: unit.text, unit: unit.unit, text: text.slice(start, end), context: "", start, end });
  }
  return figures.map((f, i) => ({ ...f, context: contextOf(text, figures, i) }));
}

/** Words from the figure two before this one up to it, without the previous figure itself. */
function contextOf(text: string, figures: ReportFigure[], i: number): string {
  const from = i >= 2 ? figures[i - 2].end : 0;
  if (i === 0) return text.slice(from, figures[i].start);
  return text.slice(from, figures[i - 1].start) + "，" + text.slice(figures[i - 1].end, figures[i].start);
}

/** Two-character pieces of the Chinese runs of a text (“县级补助” → 县级, 级补, 补助). */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** How many pieces two texts share. */
export function sharedPieces(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const piece of a) if (b.has(piece)) n++;
  return n;
}
