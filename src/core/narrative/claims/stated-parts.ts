import { isStatedTotal } from "./binding";
import { OPEN_IDENTITIES } from "./complete-list";
import { FIGURE_IDENTITIES, figureNamed } from "./figures";
import type { Reading } from "./reading";
import { sameOwner, type FigureLookup, type Statement } from "./statements";
import { judge } from "./cross";

/** The parts the text states for a total (FIGURE_IDENTITIES), when it states every one and no table holds the total. */
export function identityParts(statements: readonly Statement[], tableFigure: FigureLookup, reading: Reading) {
  const partsOf = statedParts(statements, tableFigure, reading);
  return (s: Statement) => {
    const identity = partsOf(s);
    return identity?.complete ? identity : undefined;
  };
}

/**
 * The parts the text states for a total (FIGURE_IDENTITIES), when no table holds the total: every one (`complete`), or some —
 * parts are never negative, so the ones stated may not exceed the total whatever the others are (“收入总计13,398.85万元”
 * then “收入合计13,064.59万元,…,年初结转和结余334.26万元”, its 使用非财政拨款结余 unstated).
 */
export function statedParts(statements: readonly Statement[], tableFigure: FigureLookup, reading: Reading) {
  // a part of the total's own unit (a report on several departments states each one's: ./statements.ts sameOwner)
  const stated = (figure: string, of: Statement) =>
    statements.find((x) => x.figure === figure && x.year === of.year && x.others.length === 0 && sameOwner(x, of));
  // “总支出” (本年支出合计, or 收支总计) against 基本 + 项目: only when the text states the 收支总计 too, and it differs
  const ruledOut = (s: Statement) => s.others.every((other) => stated(other, s) && judge(s.mention, stated(other, s)!.mention, reading) === "error");
  // a part the text does not state counts by its own parts when it states those (公务用车 = 购置 + 运行)
  return (s: Statement) => {
    const parts = ruledOut(s) ? FIGURE_IDENTITIES[s.figure]?.flatMap((part) => (stated(part, s) ? [part] : (FIGURE_IDENTITIES[part] ?? [part]))) : undefined;
    if (!parts || (s.year === undefined && tableFigure(s.figure))) return undefined;
    const found = parts.flatMap((part) => stated(part, s) ?? []);
    const complete = found.length === parts.length;
    if (found.length === 0) return undefined;
    const named = parts.filter((part) => stated(part, s));
    return listsFurtherParts(s, found, OPEN_IDENTITIES.has(s.figure)) ? undefined : { parts: named, known: found, complete };
  };
}

/**
 * A whole's stated parts confirm it only when their list names nothing else — “其中：基本支出A，占59.2%；项目支出B，占40.8%；
 * 经营支出C，对附属单位补助支出D” lists C and D too (`open`: the tables hold further parts, complete-list.ts
 * OPEN_IDENTITIES), and 基本 + 项目 falls short of the total by them. So too a whole the catalogue closes, when the
 * writer's breakdown says otherwise: “公务用车购置及运行维护费11167万元(其中,公务用车购置费255万元,公务用车运行维护费7922
 * 万元,其他交通工具购置144万元,其他交通费用2846万元)” (岳阳 2016).
 */
function listsFurtherParts(total: Statement, known: readonly Statement[], open: boolean): boolean {
  // a closed whole: only a breakdown in parentheses, its further items beside its parts (a list at the sentence's own level
  // may run on into the next section, “…购置费0万元,…,三、2023年公务接待费预算200万元”)
  if (!open && !known.every((k) => k.mention.depth > 0)) return false;
  const own = new Set([total.mention, ...known.map((k) => k.mention)]);
  const named = new Set(known.flatMap((k) => [k.figure, ...(FIGURE_IDENTITIES[k.figure] ?? [])]));
  return known.some((k) => {
    const sentence = k.at.sentences.find((x) => x.mentions.includes(k.mention));
    return (sentence?.mentions ?? []).some(
      (m) =>
        m.start > k.mention.start &&
        !own.has(m) &&
        (open ? m.depth <= k.mention.depth : m.depth === k.mention.depth) &&
        isStatedTotal(m) &&
        !named.has(figureNamed(m.label, "决算") ?? figureNamed(m.label, "预算") ?? ""),
    );
  });
}
