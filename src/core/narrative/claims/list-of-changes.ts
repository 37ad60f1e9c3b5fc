import { CHANGE_WORD, isPlainAmount } from "./binding";
import type { SentenceClaims } from "./extract";
import type { Mention } from "./mentions";

/**
 * “…比2021年增加231,448.10元,增长145.87%。其中:因公出国(境)费支出决算增加0元,增长0%;公务用车购置及运行费支出决算174,732.10元,
 * 增长176.55%;公务接待费支出决算增加56,716.00元,增长95.00%” (寻甸 2022): a “其中” list whose head states a change and whose
 * every other item states one is a list of changes. An item's amount printed there without change words, its item stating
 * no change beside it, may be the item's change with the verb left out (174,732.10 is the car's increase: 0 + 174,732.10 +
 * 56,716.00 = 231,448.10), so it is no certain amount of its figure. `previous`: the sentence before, when this one
 * opens with “其中” (the head is its last amount).
 */
export function inListOfChanges(s: SentenceClaims, m: Mention, previous?: SentenceClaims): boolean {
  if (!isPlainAmount(m)) return false;
  const opening = s.sentence.slice(0, m.start - s.start).lastIndexOf("其中");
  if (opening < 0) return false;
  const listStart = s.start + opening;
  const amounts = (mentions: readonly Mention[]) => mentions.filter((x) => x.kind === "amount" && x.depth === m.depth);
  const before = amounts(s.mentions).filter((x) => x.end <= listStart);
  const head = before.length > 0 ? before.pop() : OPENS_WITH_LIST.test(s.sentence) ? amounts(previous?.mentions ?? []).pop() : undefined;
  if (!head || !isChange(head)) return false;
  const items = amounts(s.mentions).filter((x) => x.start > listStart);
  const clauses = new Set(items.map((x) => x.clause));
  const statesChange = (clause: number) => items.some((x) => x.clause === clause && isChange(x));
  return clauses.size > 1 && !statesChange(m.clause) && [...clauses].every((clause) => clause === m.clause || statesChange(clause));
}

const OPENS_WITH_LIST = /^\s*其中/;
const isChange = (m: Mention) => m.kind === "amount" && CHANGE_WORD.test(m.label);
