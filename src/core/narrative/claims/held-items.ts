import type { Mention } from "./mentions";

/**
 * Items the tables hold inside another, in one version at least, that a list may name beside it: 外事接待费 is inside 国内接待费 in
 * the 三公 tables since 2014 (“国内接待费支出决算4,895.00元(其中:外事接待费支出决算0元)”), beside it before (“公务接待费185万元。
 * 其中:外事接待费支出3.5万元,…。国内公务接待支出181.5万元”, 四川 统计局 2012). Which version a text follows its words do not
 * say with certainty. `why`: the step a finding shows for leaving the inner item out.
 */
const MAY_HOLD: readonly { outer: RegExp; inner: RegExp; why: string }[] = [
  { outer: /国内.*接待/, inner: /外事接待/, why: "2014年起的“三公”经费表中外事接待费列在国内接待费之下" },
  // and 国内接待费 is always a part of 公务接待费 (公务接待费 = 国内接待费 + 国(境)外接待费): “其中公务接待费10万元,国内接待费10万元”
  { outer: /^(?!.*(?:国内|外事|境外|国[(（]境[)）]外)).*公务接待/, inner: /国内.*接待/, why: "公务接待费 = 国内接待费 + 国(境)外接待费" },
];

/**
 * A list naming both an item and one the item may hold is judged without the inner one: its other parts are the total's
 * in either version, so their sum stays a bound of the total (a list whose shares make 100% says which version it is, and
 * is kept whole). `held`: the steps saying which item was left out and why.
 */
export function withoutHeld<L extends { parts: Mention[]; whole?: string; held?: string[] }>(list: L): L {
  if (list.whole) return list;
  const held = list.parts.flatMap((p) =>
    MAY_HOLD.flatMap(({ outer, inner, why }) => {
      const holder = inner.test(p.label) ? list.parts.find((o) => o !== p && outer.test(o.label)) : undefined;
      return holder ? [{ part: p, step: `${p.label}不计入：它可能已含在${holder.label}之内（${why}）` }] : [];
    }),
  );
  if (held.length === 0) return list;
  return { ...list, parts: list.parts.filter((p) => !held.some((h) => h.part === p)), held: held.map((h) => h.step) };
}
