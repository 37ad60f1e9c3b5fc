import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeStated } from "../../numbers/verdict";
import { isBound, isPlainAmount, isPrior } from "./binding";
import { quoted, writtenLike, writtenUnit } from "./issue";
import type { Located } from "./parsed";
import { sentenceOf, type FigureLookup, type Statement } from "./statements";
import { sumOf, type CrossContext } from "./cross";
import { statedParts } from "./stated-parts";
import type { Mention } from "./mentions";
import { culpritIssue } from "./total-slips";
import { listCulprit } from "./culprit";
import { FIGURE_IDENTITIES } from "./figures";
import { OPEN_IDENTITIES } from "./complete-list";

/**
 * A total against the parts the text states for it: “总支出：2408.42万元” against the text's own 基本支出 478.86 + 项目支出
 * 3786.54 = 4265.40 (no table needed); with a part unstated, only the stated parts above the total (./stated-parts.ts
 * statedParts). Which figure a broken sum names is weighed against the other relations each
 * figure sits in (./culprit.ts): a total another sum confirms is never the one named.
 */
export function checkTotals(statements: readonly Statement[], tableFigure: FigureLookup, ctx: CrossContext): Located[] {
  const partsOf = statedParts(statements, tableFigure, ctx.reading);
  // inner identities first (公务用车 = 购置 + 运行 before 三公 = 出国 + 用车 + 接待): a part found wrong is read at its
  // corrected value by the sums it is part of
  const inner = (s: Statement) => (Object.values(FIGURE_IDENTITIES).some((parts) => parts.includes(s.figure)) ? 0 : 1);
  const slipsFound = new Set<string>();
  return [...statements]
    .sort((a, b) => inner(a) - inner(b))
    .flatMap((s): Located[] => {
      const identity = partsOf(s);
      if (!identity) return [];
      const { parts, known } = identity;
      // an open identity's tables hold further parts a text may leave unnamed (本年支出合计: 经营支出 …, ./complete-list.ts)
      const complete = identity.complete && !OPEN_IDENTITIES.has(s.figure);
      // parts left unstated in the total's own sentence are its list's, judged by the list rules (./subset-sum.ts)
      if (!complete && known.every((k) => sentenceOf(k) === sentenceOf(s))) return [];
      const values = known.map((k) => ctx.reading.value(k.mention));
      const total = sumOf(values);
      const partsInterval = sumIntervals(known.map((k) => ctx.reading.interval(k.mention)));
      // a total written to a coarser unit than its parts and cut (12,345元 for 12,345.67元) is a tail; parts left unstated
      // say only that the total is at least the others' sum, and only beyond rounding
      const verdict = complete
        ? judgeStated(ctx.reading.value(s.mention), s.mention.unit, total, partsInterval)
        : judgeAmounts(ctx.reading.value(s.mention), ctx.reading.interval(s.mention), total, partsInterval, ">=");
      if (
        verdict === "equal" ||
        (!complete && verdict !== "error") ||
        countedByOwnList(
          s,
          known.map((k) => k.mention),
        )
      )
        return [];
      const culprit =
        verdict === "error"
          ? listCulprit(
              s.mention,
              known.map((k) => k.mention),
              s.figure,
              !complete,
              ctx.reading,
              ctx.relations,
            )
          : undefined;
      if (culprit && culprit.at !== "total") {
        // one finding for the figure however often it is stated
        const key = `${s.figure}@${s.year ?? ""}`;
        if (slipsFound.has(key)) return [];
        slipsFound.add(key);
        const named = { total: s.mention, name: s.figure, parts: known.map((k) => k.mention), names: parts };
        const at = culprit.at === "part" ? known.find((k) => k.mention === culprit.part)!.at : s.at;
        return [{ at, issue: culpritIssue("total", named, culprit, ctx.reading) }];
      }
      // a total that breaks another sum too is read at its parts' sum from then on, when that sum then holds
      if (culprit && complete && ctx.relations.ofTotal(s.mention, s.figure) === "contradicted") {
        ctx.reading.correct(s.mention, total, s.mention.unit);
        if (ctx.relations.ofTotal(s.mention, s.figure) !== "confirmed") ctx.reading.correct(s.mention, s.mention.value, s.mention.unit);
      }
      const { num, unit } = writtenUnit(s.mention);
      const terms = parts.map((part, i) => `${part}${num(values[i])}`).join(" + ");
      return [
        {
          at: s.at,
          issue: {
            rule: "total",
            verdict,
            target: s.mention,
            involved: known.map((k) => k.mention),
            subject: s.figure,
            headline:
              verdict === "rounding"
                ? `${s.figure}写${s.mention.text}，文中各部分之和为${num(total)}${unit}，按四舍五入应为${writtenLike(s.mention, total)}，相差在尾差范围内，请确认。`
                : complete
                  ? `${s.figure}写${s.mention.text}，按文中所述 ${terms} = ${num(total)}${unit}：两者不符。`
                  : `${s.figure}写${s.mention.text}，文中所述其组成部分 ${terms} = ${num(total)}${unit}，已超过总数：总数或某一部分有误。`,
            steps: [
              `${terms} = ${num(total)}${unit}`,
              `此处 ${s.figure} = ${s.mention.text}`,
              ...(complete ? [] : [`${s.figure}的其余组成部分文中未写，不会为负：所写部分之和不能超过${s.figure}`]),
            ],
            message: `“${quoted(s.mention)}”：按文中所述 ${terms} = ${num(total)}${unit}，${complete ? "与此处不符" : "已超过此处所写"}。`,
            expected: num(total),
            actual: s.mention.printed,
          },
        },
      ];
    });
}

/**
 * “…“三公"经费决算数合计为1000.86万,其中:因公出国(境)费0万元、…、公务接待费43.77万元、会议费34.10万元、培训费51.37万元”:
 * a total followed in its own sentence by a “其中” list naming more than the identity's parts (here 会议费, 培训费) is what
 * its writer counts under that name — the identity (三公 = 出国 + 用车 + 接待) is not its measure; the list rule judges it
 * against its own parts. Only plain amounts after the total, two at least, none a change, a base or a bound.
 */
function countedByOwnList(s: Statement, identityParts: readonly Mention[]): boolean {
  const sentence = sentenceOf(s);
  // the list's own items: a part's own breakdown in parentheses (“1.89亿元(其中,公务用车购置费0.07亿元…)”) is not one
  const parts = sentence?.mentions.filter((m) => m.start > s.mention.start && m.depth === s.mention.depth) ?? [];
  if (!sentence || parts.length < 2 || parts.some((m) => !isPlainAmount(m) || isPrior(m) || isBound(m))) return false;
  // a list of the identity's own parts is the identity: its total is judged by it as usual
  if (parts.every((m) => identityParts.includes(m))) return false;
  return /其中/.test(sentence.sentence.slice(s.mention.end - sentence.start, parts[0].start - sentence.start));
}
