import { isPlainAmount, isPrior, isStatedTotal } from "./binding";
import { semicolonParts, type SentenceClaims } from "./extract";
import type { Mention } from "./mentions";

/**
 * “体育彩票公益金739万元,主要用于公共体育场馆维修…等532万元;下达西峰区207万元,主要用于…” (庆阳 2021): an amount opening its sentence,
 * then parts between “；” each stating one amount after words that spend it (安排用于 / 用于 / 下达 / 拨付), with no word opening a
 * list (“其中”, “主要用于:”) — the amounts are where the money went, but nothing says they are all of it, nor that they are parts
 * of the amount rather than of something the sentence goes on to (no opener, no certainty):
 * - adding up to the amount exactly, they are its breakdown (each figure confirms the others);
 * - closed by what is left (“…;结余68万元,转下年度继续使用”, “结转下年…”), they are every use of it: a complete list, whose
 *   sum must be the amount.
 * Otherwise nothing is read. The first part holds the amount and the first use, every other part one use; the sentence
 * states no other figure.
 */
export interface UsesList {
  total: Mention;
  uses: Mention[];
  /** The spending words before the first use, as written (“安排用于”). */
  opener: string;
  /** The last use is what is left of the amount: the list is every use of it. */
  closed: boolean;
}

export function usesList(s: SentenceClaims): UsesList | undefined {
  const [total, ...uses] = s.mentions;
  const parts = semicolonParts(s);
  if (!total || !isStatedTotal(total) || total.depth !== 0 || uses.length < 2 || parts.length !== uses.length) return undefined;
  if (!uses.every((m) => isPlainAmount(m) && !isPrior(m) && m.depth === 0)) return undefined;
  const words = parts.map((part, k) => {
    const from = k === 0 ? total.end : part.start;
    return part.mentions.length === (k === 0 ? 2 : 1) ? s.sentence.slice(from - s.start, uses[k].start - s.start) : undefined;
  });
  if (!words.every((w): w is string => w !== undefined && (SPENT.test(w) || LEFT.test(w)))) return undefined;
  if (words.slice(0, -1).some((w) => LEFT.test(w) && !SPENT.test(w))) return undefined;
  return {
    total,
    uses,
    opener: SPENT.exec(words[0])?.[0] ?? words[0].trim(),
    closed: LEFT.test(words[words.length - 1]) && !SPENT.test(words[words.length - 1]),
  };
}

/** Words that spend the amount on something: “安排用于”, “主要用于”, “下达西峰区”, “拨付”. */
const SPENT = /(?:安排|主要)?用于|下达|拨付|下拨|安排/;
/** What is left of it at the year's end (“结余68万元”, “结转下年使用”) — not last year's (“上年结转”), which is a source. */
const LEFT = /(?<!上年|年初|以前年度)(?:结余|结转)/;
