import type { Decimal } from "../../numbers/decimal";
import { partsAddUp } from "./confirmation-words";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import { parenthesizedItems } from "./parenthesized-parts";
import { textLists, usesOf } from "./subset-sum";
import type { Telling } from "./culprit";

/**
 * What the text's breakdowns say of an amount — a “其中” list below it, parentheses right after it (./parenthesized-parts.ts),
 * the uses after it (./uses-list.ts), every list ./subset-sum.ts reads: its parts adding up to it (exactly, within rounding:
 * a slip in it would break them), or its own restatement with its value, confirm it; so does a breakdown it is a part of
 * that adds up (xj 2023: ¶4's 215763.4 + 155682.4 = 371445.8 for each of the three); a restatement with another value
 * accuses it where it holds at the value the broken sum gives it (汉滨 2019: “社会公益类项目41万元(社会工作与志愿服务14万元)”
 * in a list that adds up with 14); its parts are a sum it is the total of (./telling.ts accusing). A list that may leave
 * parts out confirms only where it adds up: below its total it says nothing. Read once, and only when a broken sum asks.
 */
export function parenthesizedStandings({ parsed, reading }: Pick<RelationText, "parsed" | "reading">, copied: (m: Mention) => boolean) {
  let read: ReturnType<typeof parenthesizedOf> | undefined;
  const parenthesized = () => (read ??= parenthesizedOf(parsed));
  const holds = (l: { total: Mention; parts: readonly Mention[] }) => reading.judgeSum(l.total, l.parts).verdict !== "error";
  const ownParts = (m: Mention): Judged[] =>
    parenthesized()
      .lists.filter((l) => l.total === m && holds(l))
      .map((l) => ({ standing: "confirmed", by: { kind: "sum", words: `${l.total.text} = ${l.parts.map((p) => `${p.label}${p.text}`).join(" + ")}` } }));
  // a breakdown the amount is a part of, adding up as printed: its total and its other parts tie it
  const inSums = (m: Mention): Judged[] =>
    parenthesized()
      .lists.filter((l) => l.parts.includes(m) && holds(l))
      .slice(0, 1)
      .map((l) => ({ standing: "confirmed", by: partsAddUp(l.total, l.parts, reading) }));
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
  return { ownParts, inSums, partSums, restated };
}

/**
 * The text's breakdowns — every list ./subset-sum.ts reads, and the uses of an amount (usesOf) also where nothing closes
 * them — and its one-item restatements in parentheses, each by its amount.
 */
function parenthesizedOf(parsed: readonly ParsedParagraph[]) {
  const sentences = parsed.flatMap((at) => at.sentences);
  const lists = parsed.flatMap((at) => at.sentences.flatMap((s, i) => textLists(s, at.sentences.slice(i + 1))));
  return {
    lists: [...lists, ...sentences.flatMap(usesOf)],
    restatements: sentences.flatMap(parenthesizedItems).flatMap(({ amount, items }) => (items.length === 1 ? [{ amount, item: items[0] }] : [])),
  };
}
