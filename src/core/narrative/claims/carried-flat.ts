import { judgeAmounts } from "../../numbers/verdict";
import { isPlainAmount } from "./binding";
import { earlierOfYear, isBudgetFigure } from "./carried-prior-rate";
import { quoted, writtenUnit } from "./issue";
import type { Located } from "./parsed";
import type { Reading } from "./reading";
import { sentenceOf, type Statement } from "./statements";

/**
 * “2011年…因公出国(境)经费支出25万元。” and in the next paragraph “2012年安排出国(境)经费预算25万元,与2011年决算持平”: 持平 says
 * the two amounts are one, within their rounding. Judged only with both amounts bound with certainty: the words right after the
 * amount name the year compared with (or 上年) and its measure, if any, and nothing else (“基本持平” says nothing); the amount is a
 * figure the text names (./statements.ts), and exactly one amount stated before it is that year's of the same item and unit and of
 * the measure the words name (决算 / 执行 / 实际: what was spent; 预算: the budget; none: the amount's own). Several, or none:
 * nothing is said.
 */
export function checkCarriedFlats(statements: readonly Statement[], year: number | undefined, reading: Reading): Located[] {
  if (year === undefined) return [];
  return statements.flatMap((current, k): Located[] => {
    const s = sentenceOf(current);
    const words = s && FLAT.exec(s.sentence.slice(current.mention.end - s.start));
    if (!words || !isPlainAmount(current.mention)) return [];
    const own = current.year ?? year;
    const named = words[1] ? Number(words[1]) : own - 1;
    const budget = words[2] ? BUDGET.test(words[2]) : isBudgetFigure(current.figure);
    const bases = named === own ? [] : earlierOfYear(statements, k, named, year).filter((b) => isBudgetFigure(b.figure) === budget);
    if (bases.length !== 1) return [];
    const [now, then] = [current.mention, bases[0].mention];
    const verdict = judgeAmounts(reading.value(now), reading.interval(now), reading.value(then), reading.interval(then));
    if (verdict !== "error") return [];
    const { num, unit } = writtenUnit(now);
    const gap = `${num(reading.value(now).minus(reading.value(then)).abs())}${unit}`;
    const flat = words[0].replace(/^\s*[，,]\s*/, "");
    return [
      {
        at: current.at,
        issue: {
          rule: "difference",
          verdict,
          target: now,
          involved: [then],
          subject: "增减额",
          headline: `写“${flat}”，但前文${quoted(then)}，与${now.text}相差${gap}：两数有一个有误。`,
          steps: [`本年 ${quoted(now)}`, `前文 ${quoted(then)}`, `“持平”：增减额应为0，两数之差为${gap}`],
          message: `“${quoted(now)}，${flat}”：前文${quoted(then)}，两数相差${gap}，不是持平。`,
          expected: num(reading.value(then)),
          actual: now.printed,
        },
      },
    ];
  });
}

/** “，与2011年决算持平”, “，与上年预算数持平”, “，与2015年度决算支出持平”: right after the amount, to the clause's end. */
const FLAT = /^\s*[，,]\s*(?:与|和|同)(?:(\d{4})\s*年度?|上年|去年)的?(决算|预算|执行|实际)?数?(?:支出)?(?:相比)?持平(?=[，,。；;]|$)/;
const BUDGET = /预算/;
