import { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";

/**
 * Numbers quoted in a sentence of the 情况说明: amounts (… 万元 / … 元, converted to 万元) and
 * percentages (… %), each with the words written just before it (its label).
 */
export interface Mention {
  kind: "amount" | "percent";
  /** Amount in 万元, or percent as written (47.30 for “47.30%”). */
  value: Decimal;
  /** Half of this is the rounding tolerance of the printed number (0.01 for “47.30”). */
  unit: Decimal;
  /** Words before the number, cleaned of years and connectors (“本年收入合计”, “增加”, “占”). */
  label: string;
  /** Raw words before the number up to the previous number or clause break. */
  rawLabel: string;
  /** The number as written, with its unit (“4265.40万元”). */
  text: string;
  start: number;
  end: number;
}

const NUMBER = /[-−]?\d[\d,]*(?:\.\s?\d+)?\s*(万元|元|%|％)/g;
const CLAUSE_BREAK = /[，,；;。：:！!？?\n]/;

/** One sentence: text up to 。 (or a line end); the unit claims are checked in. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。\n]+[。]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

export function findMentions(sentence: string): Mention[] {
  const text = toHalfWidth(sentence);
  const mentions: Mention[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    if (start > 0 && /[\d.]/.test(text[start - 1])) continue;
    const rawLabel = labelBefore(text.slice(previousEnd, start));
    mentions.push(mentionOf(m[0], m[1], rawLabel, start));
    previousEnd = start + m[0].length;
  }
  return mentions;
}

function mentionOf(written: string, suffix: string, rawLabel: string, start: number): Mention {
  const digits = written.slice(0, written.length - suffix.length).replace(/[,\s]/g, "").replace("−", "-");
  const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const value = new Decimal(digits);
  // A stated 0 means none at all: exact, whatever its decimals.
  const unit = value.isZero() ? new Decimal(0) : new Decimal(1).dividedBy(new Decimal(10).pow(decimals));
  const percent = suffix === "%" || suffix === "％";
  const scale = suffix === "元" ? new Decimal(10000) : new Decimal(1);
  return {
    kind: percent ? "percent" : "amount",
    value: value.dividedBy(scale),
    unit: unit.dividedBy(scale),
    label: cleanLabel(rawLabel),
    rawLabel,
    text: written.trim(),
    start,
    end: start + written.length,
  };
}

/** The words of the current clause before a number. */
function labelBefore(segment: string): string {
  const parts = segment.split(CLAUSE_BREAK).map((p) => p.trim());
  const last = parts[parts.length - 1];
  // “总支出：2408.42万元” — the words are before the colon.
  return last === "" && parts.length > 1 && /[：:]\s*$/.test(segment) ? parts[parts.length - 2] : last;
}

const LEADING = /^(其中|包括|主要包括|主要用于|即|和|及|与|、|\s)+/;
const TRAILING = /(均为|各为|合计为|总计为|为|是|共计|共|达到|达|约|：|:|\s)+$/;

/** “2023年度本年收入合计为” → “本年收入合计”; drops the unit name before the year and connectors. */
export function cleanLabel(raw: string): string {
  let label = raw.replace(/\s+/g, "");
  const year = /.*\d{4}年度?/.exec(label);
  if (year) label = label.slice(year[0].length);
  return label.replace(LEADING, "").replace(TRAILING, "").replace(/^[，,、]+/, "");
}
