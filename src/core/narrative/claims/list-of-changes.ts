import { CHANGE_WORD, isPlainAmount } from "./binding";
import { OPENS_PARTS, type SentenceClaims } from "./extract";
import type { Mention } from "./mentions";

/**
 * “…比2021年增加231,448.10元,增长145.87%。其中:因公出国(境)费支出决算增加0元,增长0%;公务用车购置及运行费支出决算174,732.10元,
 * 增长176.55%;公务接待费支出决算增加56,716.00元,增长95.00%” (寻甸 2022): a “其中” list whose head states a change and no
 * amount, and whose every other item (up to “；”) states one, is a list of changes. An item's amount printed there without
 * change words, its item stating no change beside it, may be the item's change with the verb left out (174,732.10 is the
 * car's increase: 0 + 174,732.10 + 56,716.00 = 231,448.10), so it is no certain amount of its figure. A head stating its
 * amount too (“支出8,237.23万元,比年初预算增加1317.14万元。其中:…7,634.75万元(…),比年初预算增加1833.7万元;…”) heads a list of
 * amounts with their changes. `previous`: the sentence before, whose amounts head a list the sentence opens with.
 */
export function inListOfChanges(s: SentenceClaims, m: Mention, previous?: SentenceClaims): boolean {
  if (!isPlainAmount(m)) return false;
  const opening = s.sentence.slice(0, m.start - s.start).lastIndexOf("其中");
  if (opening < 0) return false;
  const listStart = s.start + opening;
  const amounts = (mentions: readonly Mention[]) => mentions.filter((x) => x.kind === "amount" && x.depth === m.depth);
  const inSentence = amounts(s.mentions).filter((x) => x.end <= listStart);
  const head = inSentence.length > 0 || !OPENS_PARTS.test(s.sentence) ? inSentence : amounts(previous?.mentions ?? []);
  if (head.length === 0 || !head.every(isChange)) return false;
  const items = listItems(s, listStart, amounts(s.mentions));
  const own = items.find((item) => item.amounts.includes(m));
  return items.length > 1 && !!own && !statesChange(own) && items.every((item) => item === own || statesChange(item));
}

interface Item {
  text: string;
  amounts: Mention[];
}

/** The list's items: its words from “其中” to the sentence's end, cut at “；”, each with the amounts it states. */
function listItems(s: SentenceClaims, listStart: number, amounts: readonly Mention[]): Item[] {
  let from = listStart;
  return s.sentence
    .slice(listStart - s.start)
    .split(/(?<=[；;])/)
    .map((text) => {
      const start = from;
      from += text.length;
      return { text, amounts: amounts.filter((x) => x.start >= start && x.start < from) };
    });
}

/** An item states its change in figures, or as none (“和年初预算持平”). */
const statesChange = (item: Item) => item.amounts.some(isChange) || FLAT.test(item.text);
const FLAT = /持平|无变化|没有变化/;
const isChange = (m: Mention) => m.kind === "amount" && CHANGE_WORD.test(m.label);
