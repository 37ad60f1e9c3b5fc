import { toHalfWidth } from "../../numbers/parse-number";
import type { NarrativeParagraph } from "../../paragraphs/paragraph";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located } from "./parsed";

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

/** The unit an amount is printed in, as its words end (“10 元”, “1.58万元”, “4.4亿”). */
function unitOf(text: string, m: Mention): string | undefined {
  const written = toHalfWidth(text.slice(m.start, m.end)).replace(/\s+/g, "");
  if (/亿元?$/.test(written)) return "亿元";
  if (/万元?$/.test(written)) return "万元";
  return /\d元$/.test(written) ? "元" : undefined;
}

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
      const text = m && out.some((l) => isError(l) && figuresOf(l.issue).includes(m)) ? rewritten(at.paragraph.text, m, slip) : undefined;
      if (!m || !text) continue;
      // every error of its paragraph (a share judged against a sum the slip inflated names the others' figures), and
      // those elsewhere that rest on it
      const caused = out.filter((l) => isError(l) && (l.at === at || figuresOf(l.issue).includes(m)));
      const again = recheck(paragraphs.map((p) => (p === at.paragraph ? { ...p, text } : p))).filter(isError);
      if (again.some((l) => l.at.order === at.order) || again.length > errors - caused.length) continue;
      out = [...out.filter((l) => !caused.includes(l)), { issue: slipIssue(m, slip, caused[0].issue), at }];
    }
  }
  return out.length === located.length && out.every((l, i) => l === located[i]) ? located : out;
}

function slipIssue(m: Mention, slip: Slip, first: ClaimIssue): ClaimIssue {
  const digits = m.text.replace(/(?:万元|亿元|元|万|亿)$/, "");
  const written = `${digits}${slip.printed}`;
  const right = `${digits}${slip.as}`;
  const headline = `“${m.rawLabel.trim()}${written}”：同段金额以${slip.as}为单位，按${right}读则本段算术全部相符，单位应为“${slip.as}”。`;
  return {
    rule: "unit",
    verdict: "error",
    target: m,
    subject: `${m.label || "金额"}的单位`,
    headline,
    steps: [`按${written}读：${first.headline}`, `按${right}读：本段各项核对全部相符`],
    message: `${headline}（按${written}读：${first.headline}）`,
    expected: right,
    actual: written,
  };
}
