import { isStatedTotal, VIEW_OPENING } from "./binding";
import { byLevel } from "./complete-list";
import { endsWithName } from "./figures";
import { extractClaims } from "./extract";
import type { Mention } from "./mentions";

/**
 * “…全国一般公共预算收入115566亿元,同比下降0.3%。” then a paragraph “分中央和地方看,上半年,中央一般公共预算收入48589亿元,…;地方
 * 一般公共预算本级收入66977亿元,…” (财政部 2025 上半年): a paragraph opening with a view cuts a whole the paragraph before states —
 * tied with certainty only where the view's first sentence names the two levels of a government's whole with the same words
 * (./complete-list.ts byLevel: 中央 + 地方, 省级 + 市县, 市级 + 县区), and exactly one amount of the paragraph before is
 * stated under a name ending with those words (“收入方面,分中央和地方看,…” after “全国一般公共预算收入60189亿元,…;全国一般
 * 公共预算支出72815亿元”: the 收入). A view naming other parts (“分支出级次看,旗本级…;苏木镇及开发区…”), or a paragraph before
 * stating the words twice, ties nothing: the view may compare with another scope (“从全省看,…”).
 * Returns the whole as the amounts the paragraph's first sentence goes on from, or none.
 */
export function viewedWhole(text: string, before: readonly Mention[]): Mention[] {
  const stated = before.filter((m) => isStatedTotal(m) && m.depth === 0);
  const named = NAMED_WHOLE.exec(text)?.[1];
  const wholes = named
    ? stated.filter((m) => endsWithName(m.label, named))
    : OPENS_VIEW.test(text)
      ? stated.filter((m) => byLevel(m.label, levelsOf(text)))
      : [];
  return wholes.length === 1 ? wholes : [];
}

/** The names of the stated amounts of a paragraph's first sentence. */
function levelsOf(text: string): string[] {
  const [first] = extractClaims(text);
  return (first?.mentions ?? []).filter((m) => isStatedTotal(m) && m.depth === 0).map((m) => m.label);
}

const OPENS_VIEW = new RegExp(VIEW_OPENING);
/**
 * “在全盟一般公共预算收入中,盟本级…;旗级…” after a paragraph stating “…全盟一般公共预算收入累计完成310682万元,…;一般公共预算支出
 * 累计完成1107315万元” (阿拉善 2020): the whole named in full opening the paragraph is the one amount of the paragraph before
 * whose words end with that name (./figures.ts endsWithName: four characters or more) — its parts a list that may leave some
 * out, unless they are its two levels (./complete-list.ts).
 */
const NAMED_WHOLE = /^\s*在?([^，,；;。：:（）()\d]{4,20}?)(?<!其)中\s*[，,]/;
