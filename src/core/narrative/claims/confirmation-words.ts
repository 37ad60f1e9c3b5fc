/**
 * The words a finding uses to name the relation that confirms a figure, or accuses it (./culprit.ts Confirmation): the
 * clause as written and where it stands, or a sum with its figures.
 */
import { whereOf } from "../../paragraphs/paragraph";
import type { Confirmation } from "./culprit";
import type { Claim, SentenceClaims } from "./extract";
import { sumOf } from "./cross";
import { writtenLike, writtenUnit } from "./issue";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { sameSentence, type Statement } from "./statements";

/** Where a claim is written. */
interface Place {
  at: ParsedParagraph;
  sentence: SentenceClaims;
}

/** Where each claim of the text is written. */
function placesOf(parsed: readonly ParsedParagraph[]): Map<Claim, Place> {
  return new Map(parsed.flatMap((at) => at.sentences.flatMap((sentence) => sentence.claims.map((c): [Claim, Place] => [c, { at, sentence }]))));
}

/** The words of a claim about an amount, as written, and where when not in the amount's own sentence. */
export function fitsOf(parsed: readonly ParsedParagraph[]): (m: Mention, claim: Claim, mentions: readonly (Mention | undefined)[]) => Confirmation {
  const place = placesOf(parsed);
  return (m, claim, mentions) => {
    const { at, sentence } = place.get(claim)!;
    return { kind: "fits", words: wordsOf(at, mentions), ...(sentence.mentions.includes(m) ? {} : { elsewhere: placeName(at) }) };
  };
}

/** A paragraph as a finding names it (“第3段”, “情况说明!A14”). */
export const placeName = (at: ParsedParagraph) => whereOf(at.paragraph) || "文中别处";

/** The words of a paragraph's clause from its opening to the last of the figures written in it (“同比减少17.05万元,同比下降3.28%”). */
export function wordsOf(at: ParsedParagraph, mentions: readonly (Mention | undefined)[]): string {
  const present = mentions.filter((m): m is Mention => !!m && at.mentions.includes(m));
  const text = at.paragraph.text;
  const [start, end] = bracketsWhole(text, clauseStart(text, Math.min(...present.map((m) => m.start))), Math.max(...present.map((m) => m.end)));
  return text.slice(start, end).trim();
}

/** Where the clause of the words at `at` opens: back to the mark before them. */
const clauseStart = (text: string, at: number) => at - CLAUSE_OPENING.exec(text.slice(0, at))![0].length;
const CLAUSE_OPENING = /[^,，;；。:：、(（]*$/;

/**
 * The words [start, end) of a text widened until no bracket in them is cut: “(1)税收收入完成19.82亿元,完成年初预算39.5%,…” (吐鲁番
 * 2025), not “1)税收收入完成…” — an opening bracket's clause is taken whole, a closing bracket added where the words stop inside.
 */
function bracketsWhole(text: string, start: number, end: number): [number, number] {
  const { unopened, unclosed } = brackets(text.slice(start, end));
  const opening = unopened > 0 ? matching(text, start, -1) : undefined;
  if (opening !== undefined) return bracketsWhole(text, clauseStart(text, opening), end);
  const closing = unclosed > 0 ? matching(text, end, 1) : undefined;
  return closing === undefined ? [start, end] : bracketsWhole(text, start, closing + 1);
}

/** The brackets words close that they never open, and those they open and never close. */
function brackets(words: string): { unopened: number; unclosed: number } {
  let [unopened, unclosed] = [0, 0];
  for (const c of words) {
    if (OPENING.includes(c)) unclosed++;
    else if (CLOSING.includes(c)) [unopened, unclosed] = unclosed > 0 ? [unopened, unclosed - 1] : [unopened + 1, unclosed];
  }
  return { unopened, unclosed };
}

/** The bracket left unmatched by the words from `from` on, searching backwards (-1: an opening) or forwards (1: a closing). */
function matching(text: string, from: number, way: -1 | 1): number | undefined {
  const [sought, nested] = way < 0 ? [OPENING, CLOSING] : [CLOSING, OPENING];
  let depth = 0;
  for (let i = way < 0 ? from - 1 : from; i >= 0 && i < text.length; i += way) {
    if (nested.includes(text[i])) depth++;
    else if (sought.includes(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}
const OPENING = "(（";
const CLOSING = ")）";

/**
 * A sum that confirms an amount, as its figures add up (“三公经费合计1360.13万元 = 因公出国费22.00 + 公务用车费1116.14 +
 * 公务接待费221.98”), and where its whole is written when not in the amount's own sentence.
 */
export function sumConfirms(whole: Statement, of: Statement, parts: readonly Statement[], reading: Reading): Confirmation {
  const { num } = writtenUnit(whole.mention);
  const words = `${whole.figure}${whole.mention.text} = ${parts.map((k) => `${k.figure}${num(reading.value(k.mention))}`).join(" + ")}`;
  return { kind: "sum", words, ...(whole === of || sameSentence(whole, of) ? {} : { elsewhere: placeName(whole.at) }) };
}

/**
 * A part's own parts as written, with the sum they make (“一般公共预算24,399.59万元、政府性基金预算540.75万元、国有资本经营预算
 * 0万元合计24,940.34万元”), and where they are written when not in the part's own sentence: the sum that accuses the part.
 */
export function partsAddUp(total: Mention, parts: readonly Mention[], reading: Reading, elsewhere?: string): Confirmation {
  const values = parts.map((p) => reading.value(p));
  const words = `${parts.map((p, i) => `${p.label}${writtenLike(p, values[i])}`).join("、")}合计${writtenLike(total, sumOf(values))}`;
  return { kind: "sum", words, ...(elsewhere ? { elsewhere } : {}) };
}

/**
 * Why a figure another relation confirms is no slip, in the words of a finding: the one relation, with its figures or
 * words and where it is written (“收入总预算501.98万元与同句所写“同比减少17.05万元,同比下降3.28%”相符”).
 */
export function confirmedBy(name: string, figure: Mention, by: Confirmation): string {
  const stated = `${name}${figure.text}`;
  if (by.kind === "sum") return `${stated}与${by.elsewhere ? `${by.elsewhere}所写的` : ""}另一合计相符（${by.words}）`;
  if (by.kind === "again") return `${stated}与${by.elsewhere}所写相同`;
  if (by.kind === "balance") return `${stated}与${by.elsewhere}所写“${by.words}”相等（预算收支平衡：收入总计、支出总计、收支总计三者相等）`;
  if (by.kind === "printedEqual") return `${stated}与${by.elsewhere ?? "同句"}所写“${by.words}”相等（财政拨款收入、支出各写一次，为同一金额）`;
  return `${stated}与${by.elsewhere ?? "同句"}所写“${by.words}”相符`;
}

/**
 * Why a part a relation of its own accuses is the slip, in the words of a finding: its own parts and their sum (“其下所列
 * 一般公共预算24,399.59万元、…合计24,940.34万元”), its item stated again elsewhere at the corrected value `right`, or its words
 * that fit that value and not the printed one.
 */
export function accusedBy(name: string, part: Mention, right: string, by: Confirmation): string {
  if (by.kind === "sum") return `${by.elsewhere ? `${by.elsewhere}所列其各部分` : "其下所列"}${by.words}`;
  if (by.kind === "again") return `按${right}，各项之和正合合计，也与${by.elsewhere}另写的“${by.words}”相同`;
  return `按${right}，${name}与${by.elsewhere ?? "同句"}所写“${by.words}”相符，按${part.text}则不符`;
}
