import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import type { ClaimIssue } from "./arithmetic";
import type { SentenceClaims } from "./extract";
import { FIGURE_IDENTITIES, figureNamed } from "./figures";
import { intervalOf } from "./interval";
import type { Mention } from "./mentions";

/** A year-on-year change the text states for a figure (“公务用车购置及运行维护费支出决算比2022年度减少0.0089万元”). */
export interface ChangeStatement {
  figure: string;
  change: Mention;
  /** +1 for 增加, −1 for 减少. */
  sign: 1 | -1;
}

/** “…比2022年度减少”, “…各增加”: the words after the figure's name. */
const COMPARED = /((比|较|与)\s*(\d{4}年度?|上年度?)(相比)?[，,]?)?\s*(各|均|共)?(增加|减少|增长|下降|上升|降低)了?$/;

export function changeStatements(s: SentenceClaims, family: "决算" | "预算"): ChangeStatement[] {
  return s.claims.flatMap((claim): ChangeStatement[] => {
    if (claim.kind !== "change") return [];
    const own = claim.change.rawLabel.replace(COMPARED, "").replace(/\s+/g, "");
    const figure = (own && figureNamed(own, family)) || (claim.subject && figureNamed(claim.subject.label, family));
    return figure ? [{ figure, change: claim.change, sign: claim.up ? 1 : -1 }] : [];
  });
}

/** The change of a total must be the sum of its parts' changes (三公 = 出国 + 用车 + 接待), when the text states all. */
export function checkChangeIdentities(changes: ChangeStatement[]): { statement: ChangeStatement; issue: ClaimIssue }[] {
  const first = (figure: string) => changes.find((c) => c.figure === figure);
  const out: { statement: ChangeStatement; issue: ClaimIssue }[] = [];
  for (const [total, parts] of Object.entries(FIGURE_IDENTITIES)) {
    const whole = first(total);
    const known = parts.map(first);
    if (!whole || known.some((k) => !k)) continue;
    const signed = (c: ChangeStatement) => intervalOf(c.change).scale(new Decimal(c.sign));
    if (sumIntervals(known.map((k) => signed(k!))).overlaps(signed(whole))) continue;
    const sum = known.reduce((acc, k) => acc.plus(k!.change.value.times(k!.sign)), new Decimal(0));
    const terms = known.map((k, i) => `${parts[i]}${k!.sign > 0 ? "增加" : "减少"}${k!.change.text}`).join("，");
    const quote = `${whole.change.rawLabel}${whole.change.text}`;
    out.push({
      statement: whole,
      issue: {
        rule: "N.changeSum",
        severity: "error",
        quote,
        message: `“${quote}”：文中各项 ${terms}，合计应${sum.isNegative() ? "减少" : "增加"}${sum.abs().toFixed()}万元，与此处不符。`,
        expected: `${sum.isNegative() ? "减少" : "增加"}${sum.abs().toFixed()}万元`,
        actual: whole.change.text,
      },
    });
  }
  return out;
}

