import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind round b3 (test/fixtures/texts/: 绩效自评 reports, 乡镇 budgets, a 部门预算's 增减变化原因): a
 * project's batches listed one by one after the sentence says how many there are, closed by a bare “合计”.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const totals = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.rule === "N.total")
    .map((f) => [f.severity, f.expected ?? null, f.actual ?? null]);

describe("“分三批实施,一批…A,二批…B,三批…C,合计T”: parts the sentence counts, closed by a bare 合计 (临城 2021)", () => {
  const lincheng = (first: string, declared = "分三批") =>
    `我局承担临城县2021年度道路建设项目实施任务,该项目${declared}实施,一批项目县级批复总投资${first}万元(其中建筑工程3292万元),二批项目县级批复总投资2069.51万元(其中建筑工程1975.775万元),三批项目县级批复投资778.59万元(其中建筑工程757.44万元),合计批复总投资6222.4万元(其中建筑工程6025.215万元)。`;

  it("holds when the batches add up to the 合计", () => {
    expect(totals(lincheng("3374.3"), 2021)).toEqual([]);
  });

  it("a batch that makes the sum exceed the 合计, or fall below it, is an error naming the total", () => {
    expect(totals(lincheng("4005.9"), 2021)).toEqual([["error", "6854.00", "6222.4"]]);
    expect(totals(lincheng("2374.3"), 2021)).toEqual([["error", "5222.40", "6222.4"]]);
  });

  it("without the count, or with a count the list does not match, the bare 合计 may sum more: not judged", () => {
    expect(totals(lincheng("4005.9", ""), 2021)).toEqual([]);
    expect(totals(lincheng("4005.9", "分四批"), 2021)).toEqual([]);
  });

  it("“分两期建设,第一期…,第二期…,总计…” is read the same way", () => {
    const phases = (second: string) => `该中心分两期建设,第一期投资1200万元,第二期投资${second}万元,总计投资2000万元。`;
    expect(totals(phases("800"), 2022)).toEqual([]);
    expect(totals(phases("900"), 2022)).toEqual([["error", "2100.00", "2000"]]);
  });
});
