import { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import type { NarrativeParagraph } from "../../paragraphs/paragraph";
import type { ClaimIssue } from "./issue";
import { wanPer, type Mention } from "./mentions";
import type { Located } from "./parsed";
import type { Reading } from "./reading";

/**
 * A unit slip: one amount printed in 元 among amounts in 万元 (or in 万元 among 元, 万元 among 亿元, 亿元 among 万元) —
 * “公务接待费1.58元” in a paragraph of 万元, “事业收入10元” in a list whose total is in 万元, “公务接待费支出3,080万元” among 元. Read as printed it breaks every relation it takes
 * part in, and each check blames a figure of its own (a share “应为0.00%”, a total, a change); read in the unit of its
 * paragraph, all of them hold. The slip is then the unit: one error naming that amount replaces the errors it caused.
 *
 * Certain only when the other reading leaves no error at all in the paragraph and none more elsewhere (the text is
 * checked again with the unit changed); an amount in 元 whose errors remain, or that causes none, is left as it is.
 */
interface Slip {
  printed: string;
  as: string;
}

/** The units a slip is read between: the printed one (odd in its paragraph) and the paragraph's own. */
const SLIPS: readonly Slip[] = [
  { printed: "元", as: "万元" },
  { printed: "万元", as: "元" },
  { printed: "万元", as: "亿元" },
  { printed: "亿元", as: "万元" },
];

/** The unit an amount is printed in, as its words end (“10 元”, “1.58万元”, “4.4亿”, “3.7万亿元”). */
function printedUnit(printed: string): string | undefined {
  const written = toHalfWidth(printed).replace(/\s+/g, "");
  if (/万亿元?$/.test(written)) return "万亿元";
  if (/亿元?$/.test(written)) return "亿元";
  if (/万元?$/.test(written)) return "万元";
  return /\d元$/.test(written) ? "元" : undefined;
}
const unitOf = (text: string, m: Mention) => printedUnit(text.slice(m.start, m.end));

const figuresOf = (issue: ClaimIssue) => [issue.target, ...(issue.involved ?? [])].filter((m): m is Mention => !!m);
const isError = (l: Located) => l.issue.verdict === "error";

/** The one amount of the paragraph printed in the odd unit of a slip, beside at least two in the paragraph's own. */
function oddAmount(at: Located["at"], slip: Slip): Mention | undefined {
  const amounts = at.mentions.filter((m) => m.kind === "amount");
  // a stated 0 (“因公出国(境)费支出0元”) shows the paragraph's unit, but its own unit changes nothing
  const odd = amounts.filter((m) => !m.value.isZero() && unitOf(at.paragraph.text, m) === slip.printed);
  const usual = amounts.filter((m) => unitOf(at.paragraph.text, m) === slip.as);
  return odd.length === 1 && usual.length >= 2 ? odd[0] : undefined;
}

/** The paragraph's text with the amount's unit written as the slip's other unit. */
function rewritten(text: string, m: Mention, slip: Slip): string | undefined {
  const end = text.slice(0, m.end).trimEnd().length;
  const from = end - slip.printed.length;
  return text.slice(from, end) === slip.printed ? text.slice(0, from) + slip.as + text.slice(end) : undefined;
}

/**
 * Replaces the errors a unit slip caused with one error naming the slip (see the module comment). `recheck` runs the
 * whole text check again on changed paragraphs.
 */
export function readUnitSlips(paragraphs: readonly NarrativeParagraph[], located: Located[], recheck: (changed: NarrativeParagraph[]) => Located[]): Located[] {
  let out = located;
  const errors = located.filter(isError).length;
  for (const at of new Set(located.filter(isError).map((l) => l.at))) {
    for (const slip of SLIPS) {
      const m = oddAmount(at, slip);
      // a slip a list's sum already confirmed (listUnitSlip) is named as it is
      const text =
        m && out.some((l) => isError(l) && l.issue.rule !== "unit" && figuresOf(l.issue).includes(m)) ? rewritten(at.paragraph.text, m, slip) : undefined;
      if (!m || !text) continue;
      // every error of its paragraph (a share judged against a sum the slip inflated names the others' figures), and
      // those elsewhere that rest on it
      const caused = out.filter((l) => isError(l) && (l.at === at || figuresOf(l.issue).includes(m)));
      const again = recheck(paragraphs.map((p) => (p === at.paragraph ? { ...p, text } : p))).filter(isError);
      if (again.some((l) => l.at.order === at.order) || again.length > errors - caused.length) continue;
      out = [...out.filter((l) => !caused.includes(l)), { issue: slipIssue(m, slip, caused[0].issue.headline), at }];
    }
  }
  return out.length === located.length && out.every((l, i) => l === located[i]) ? located : out;
}

/**
 * “支出预算1211.02万元,其中:…社会保障和就业支出预算144.52万元,卫生健康支出预算1039.39元,住房保障支出预算27.11万元”: a “其中”
 * list that falls short of its total says nothing by itself (./subset-sum.ts: it may name only the main parts) — but when
 * one part is printed in the odd unit (元 among 万元, 万元 among 亿元, …) and, read in the unit of the total and the other
 * parts, makes the parts add up to the total exactly, the sum confirms the slip: one error naming that amount's unit.
 * Only where the sum is all the part takes part in: a figure of its own after it (“其他收入2.34元,占0.08%”, “…1630元,完成
 * 调整预算的167.18%”) is judged by its own claim, and the slip then by all of them (readUnitSlips).
 */
export function listUnitSlip(total: Mention, parts: readonly Mention[], reading: Reading, mentions: readonly Mention[]): ClaimIssue | undefined {
  const usual = printedUnit(total.text);
  for (const slip of SLIPS.filter((x) => x.as === usual)) {
    const odd = parts.filter((p) => !p.value.isZero() && printedUnit(p.text) === slip.printed);
    if (odd.length !== 1 || !parts.some((p) => printedUnit(p.text) === usual)) continue;
    const [m] = odd;
    const next = parts[parts.indexOf(m) + 1];
    // a remark in parentheses (“1736元(含…682万元)”) is inside the part, no figure of its own
    if (mentions.some((x) => x.start >= m.end && (!next || x.start < next.start) && x !== next && x.depth <= m.depth)) continue;
    const factor = wanPer(slip.as).dividedBy(wanPer(slip.printed));
    const value = (p: Mention) => (p === m ? reading.value(p).times(factor) : reading.value(p));
    const interval = (p: Mention) => (p === m ? RoundingInterval.of(value(p), p.unit.times(factor)) : reading.interval(p));
    const sum = parts.reduce((acc, p) => acc.plus(value(p)), new Decimal(0));
    if (judgeAmounts(reading.value(total), reading.interval(total), sum, sumIntervals(parts.map(interval)), "=") !== "equal") continue;
    const exact = `所列各项之和恰为合计${total.text}`;
    return slipIssue(m, slip, `“其中”所列各项之和不到合计${total.text}`, { said: exact, step: exact });
  }
  return undefined;
}

/** What holds with a slip read in the other unit: the paragraph's arithmetic, as its headline and its step say it. */
const WHOLE_PARAGRAPH = { said: "本段算术全部相符", step: "本段各项核对全部相符" };

/**
 * The error naming a slip: `asPrinted` says what breaks with the unit as printed, `asRead` what holds with the other
 * (the whole paragraph's arithmetic, or a list's sum).
 */
function slipIssue(m: Mention, slip: Slip, asPrinted: string, asRead = WHOLE_PARAGRAPH): ClaimIssue {
  const digits = m.text.replace(/(?:万元|亿元|元|万|亿)$/, "");
  const written = `${digits}${slip.printed}`;
  const right = `${digits}${slip.as}`;
  const headline = `“${m.rawLabel.trim()}${written}”：同段金额以${slip.as}为单位，按${right}读则${asRead.said}，单位应为“${slip.as}”。`;
  return {
    rule: "unit",
    verdict: "error",
    target: m,
    subject: `${m.label || "金额"}的单位`,
    headline,
    steps: [`按${written}读：${asPrinted}`, `按${right}读：${asRead.step}`],
    message: `${headline}（按${written}读：${asPrinted}）`,
    expected: right,
    actual: written,
  };
}
