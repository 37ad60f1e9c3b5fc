import { balancedSides, lastClause, type SideWhole } from "./balanced-budget";
import { placeName } from "./confirmation-words";
import { judge } from "./cross";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * A balanced budget's two sides change alike: 收入总计 = 支出总计 every year (the 收支总表 balances), so where the text
 * writes the two wholes equal (./balanced-budget.ts) each side's change over last year is the same amount. 长寿湖镇 2026:
 * “(一)收入预算:2026年年初预算数593.34万元,其中:…。收入较去年增加385.83万元,…” and “(二)支出预算:2026年年初预算数593.34万元,
 * 其中:…。支出较去年增加385.83万元,…”. Each side's change is the first amount after its whole, in its paragraph, named by
 * the side's word alone and a comparison with last year (“收入较去年增加”, “预算收入较2024年减少”, “支出预算较2025年增加”).
 * Two changes that differ beyond rounding (or in direction) leave open which one is the slip: a warning naming both.
 */
export function checkBalancedChanges(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  return balancedSides(parsed, reading).flatMap(([income, spending]) => {
    const [a, b] = [sideChange(income), sideChange(spending)];
    if (!a || !b || agree(a, b, reading)) return [];
    const place = (w: SideWhole) => (w.at === spending.at ? "本段" : placeName(w.at));
    return [
      {
        at: spending.at,
        issue: {
          rule: "balancedChange" as const,
          verdict: "warning" as const,
          target: b.mention,
          involved: [a.mention, income.mention, spending.mention],
          subject: "收入、支出的增减额",
          headline: `${place(income)}“${income.words}”与${place(spending)}“${spending.words}”相等，预算收支平衡，上年也是如此，收入、支出的增减额应相同；文中却写“${a.words}”、“${b.words}”，不知哪一处有误，请核对。`,
          steps: [`${income.words} = ${spending.words}`, a.words, b.words],
          message: `“${b.words}”：与${place(income)}“${a.words}”不同，而收入、支出两年都相等（预算收支平衡）。`,
          actual: b.mention.printed,
        },
      },
    ];
  });
}

interface SideChange {
  mention: Mention;
  up: boolean;
  /** As written: “收入较去年增加385.83万元”. */
  words: string;
}

/** The same change: the same direction and amount within rounding, or none on both sides. */
const agree = (a: SideChange, b: SideChange, reading: Reading) =>
  judge(a.mention, b.mention, reading) !== "error" && (a.up === b.up || (a.mention.value.isZero() && b.mention.value.isZero()));

/** A whole's change over last year: the first amount after it in its paragraph named by the side's word alone. */
function sideChange(whole: SideWhole): SideChange | undefined {
  const text = whole.at.paragraph.text;
  for (const m of whole.at.mentions) {
    if (m.start <= whole.mention.end || m.kind !== "amount" || m.groupSize !== 1 || m.depth !== 0) continue;
    const clause = lastClause(text.slice(0, m.start), /[,，;；。:：]/);
    const named = SIDE_CHANGE.exec(clause);
    if (named?.groups?.side === whole.side) return { mention: m, up: named.groups.way === "增加", words: `${clause}${m.text}` };
  }
  return undefined;
}
const SIDE_CHANGE = /^(?:预算)?(?<side>收入|支出)(?:预算)?(?:较|比)(?:去年|上年度?|\d{4}年度?)(?:年初)?(?:预算数?)?(?<way>增加|减少)$/;
