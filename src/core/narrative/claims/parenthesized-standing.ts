import type { Decimal } from "../../numbers/decimal";
import { partsAddUp } from "./confirmation-words";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import { parenthesizedItems } from "./parenthesized-parts";
import { listsInParentheses, usesOf } from "./subset-sum";
import type { Telling } from "./culprit";

/**
 * What parentheses right after an amount say of it (./parenthesized-parts.ts), or the uses after it (./uses-list.ts): its
 * parts adding up to it, or its own restatement with its value, confirm it; a restatement with another value accuses it
 * where it holds at the value the broken sum gives it (汉滨 2019: “社会公益类项目41万元(社会工作与志愿服务14万元)” in a list
 * that adds up with 14); its parts are a sum it is the total of (./telling.ts accusing). Read once, and only when a broken
 * sum asks.
 */
export function parenthesizedStandings({ parsed, reading }: Pick<RelationText, "parsed" | "reading">, copied: (m: Mention) => boolean) {
  let read: ReturnType<typeof parenthesizedOf> | undefined;
  const parenthesized = () => (read ??= parenthesizedOf(parsed));
  const holds = (l: { total: Mention; parts: readonly Mention[] }) => reading.judgeSum(l.total, l.parts).verdict !== "error";
  const ownParts = (m: Mention): Judged[] =>
    parenthesized()
      .lists.filter((l) => l.total === m && holds(l))
      .map((l) => ({ standing: "confirmed", by: { kind: "sum", words: `${l.total.text} = ${l.parts.map((p) => `${p.label}${p.text}`).join(" + ")}` } }));
  const partSums = (m: Mention): Telling[] =>
    parenthesized()
      .lists.filter((l) => l.total === m)
      .map((l) => ({ holds: () => holds(l), by: () => partsAddUp(l.total, l.parts, reading) }));
  const restated = (m: Mention, at?: Decimal): Judged[] =>
    parenthesized()
      .restatements.filter((r) => r.amount === m)
      .flatMap(({ item }): Judged[] => {
        const same = () => reading.judgeSum(m, [item]).verdict !== "error";
        const by = { kind: "fits" as const, words: `${item.label}${item.text}` };
        if (same()) return [{ standing: "confirmed", by }];
        return at && !copied(m) && reading.readAt(m, at, same) ? [{ standing: "accused", by }] : [];
      });
  return { ownParts, partSums, restated };
}

/**
 * The text's breakdowns with no list opener — in parentheses (./subset-sum.ts listsInParentheses) or as uses (usesOf) — and
 * its one-item restatements in parentheses, each by its amount.
 */
function parenthesizedOf(parsed: readonly ParsedParagraph[]) {
  const sentences = parsed.flatMap((at) => at.sentences);
  return {
    lists: [...sentences.flatMap(listsInParentheses), ...sentences.flatMap(usesOf)],
    restatements: sentences.flatMap(parenthesizedItems).flatMap(({ amount, items }) => (items.length === 1 ? [{ amount, item: items[0] }] : [])),
  };
}
