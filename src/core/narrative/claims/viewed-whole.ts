import { isStatedTotal, VIEW_OPENING } from "./binding";
import { byLevel } from "./complete-list";
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
  if (!OPENS_VIEW.test(text)) return [];
  const [first] = extractClaims(text);
  const parts = (first?.mentions ?? []).filter((m) => isStatedTotal(m) && m.depth === 0);
  const names = parts.map((m) => m.label);
  const wholes = before.filter((m) => isStatedTotal(m) && m.depth === 0 && byLevel(m.label, names));
  return wholes.length === 1 ? wholes : [];
}

const OPENS_VIEW = new RegExp(VIEW_OPENING);
