import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import { placeName } from "./confirmation-words";
import { sameOwner, sameSentence, type Statement } from "./statements";

/**
 * An amount stated again: the same figure in another sentence — with the same value it confirms the amount (a slip is made
 * once), with another it marks the amount's line as copied — or a 0 said again in words.
 */
export function restatements({ statements, reading }: Pick<RelationText, "statements" | "reading">) {
  const againOf = (m: Mention) => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    const again = (x: Statement) =>
      x.mention !== m && x.figure === s!.figure && x.year === s!.year && x.others.length === 0 && sameOwner(x, s!) && !sameSentence(x, s!);
    return s ? statements.filter(again) : [];
  };
  const statedAgain = (m: Mention): Judged[] =>
    againOf(m)
      .filter((x) => reading.value(x.mention).equals(reading.value(m)))
      .slice(0, 1)
      .map((x) => ({ standing: "confirmed", by: { kind: "again", words: x.mention.text, elsewhere: placeName(x.at) } }));
  // A line copied whole from another item carries its change and rate along (“公务用车购置及运行费支出决算9.00万元,增加8.00万元,
  // 增长800.00%” where the text states the car's 30.00 twice elsewhere): an amount stated elsewhere with another value is told
  // by nothing of its own line
  const copied = (m: Mention) => againOf(m).some((x) => !reading.value(x.mention).equals(reading.value(m)));
  const saidTwice = (m: Mention): Judged[] =>
    statements
      .filter((x) => x.mention === m)
      .flatMap((x) => {
        const words = saidNone(x);
        return words ? [{ standing: "confirmed" as const, by: { kind: "fits" as const, words, elsewhere: placeName(x.at) } }] : [];
      })
      .slice(0, 1);
  return { statedAgain, copied, saidTwice };
}

/**
 * “公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。”: a part stated 0 whose own words go on to say there was no
 * such spending at all (before any other amount of its paragraph) is confirmed — its 0 is said twice, so it is no slip.
 * The words that say so (“无此项支出”), if any.
 */
const NO_SPENDING = /无此项支出|未发生(?:此项)?支出/;
function saidNone(k: Statement): string | undefined {
  if (!k.mention.value.isZero()) return undefined;
  const said = NO_SPENDING.exec(k.at.paragraph.text.slice(k.mention.end));
  if (!said) return undefined;
  const upTo = k.mention.end + said.index;
  return k.at.mentions.some((m) => m.kind === "amount" && m.start >= k.mention.end && m.start < upTo) ? undefined : said[0];
}
