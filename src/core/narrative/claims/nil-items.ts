/**
 * An item the words say is nil, with no amount printed (运城铁路中学 2020: ““三公”经费预算2万元。其中:没有公出国(境)费用;公务接待费
 * 2万元,…;没有公务用车购置费。”): “没有X费” / “无X经费” / “X为零”, X an item of money. Its amount is 0, certainly: it stops no
 * list, adds nothing to the list's sum, and names its part of the whole as a “0万元” item would; nor can that part have
 * grown (./change-sums.ts).
 */
const ITEM = String.raw`[^，,；;。：:\d]{2,24}?(?:费|费用|经费|支出|收入)`;
const NIL_ITEM = new RegExp(String.raw`^(?:其中)?(?:(?:没有|无)(${ITEM})|(${ITEM})为零)$`);

/** The clauses of a list's words (split at “，”, “；”, “：”, “。”). */
const CLAUSE_MARK = /[，,；;。：:]/;

/** The names of the nil items among the clauses of `words`, in order (“公出国(境)费用”, “公务用车购置费”). */
export function nilItems(words: string): string[] {
  return words.split(CLAUSE_MARK).flatMap((clause) => {
    const nil = NIL_ITEM.exec(clause.trim());
    return nil ? [nil[1] ?? nil[2]] : [];
  });
}

/** Whether the words after a “其中” up to its “；” (“:没有公出国(境)费用”) state one nil item and nothing else. */
export const isNilItem = (words: string): boolean => NIL_ITEM.test(words.replace(/^[\s:：]+/, "").trim());
