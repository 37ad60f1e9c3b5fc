import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind round b3 (test/fixtures/texts/: 绩效自评 reports, 乡镇 budgets, a 部门预算's 增减变化原因): a
 * project's batches listed one by one after the sentence says how many there are, closed by a bare “合计”; a “其中” list
 * whose parts are named by their purpose after the amount (“其中:30万元用于…;30万元用于…”); a 镇's balance written as a
 * chain (“上年结转结余A,加…总收入B,减…总支出C,…结余R”).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const lists = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.rule === "N.listSum")
    .map((f) => [f.severity, f.actual ?? null]);
const totals = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.rule === "N.total")
    .map((f) => [f.severity, f.expected ?? null, f.actual ?? null]);

describe("“分三批实施,一批…A,二批…B,三批…C,合计T”: parts the sentence counts, closed by a bare 合计 (临城 2021)", () => {
  const lincheng = (first: string, declared = "分三批", building = "3292") =>
    `我局承担临城县2021年度道路建设项目实施任务,该项目${declared}实施,一批项目县级批复总投资${first}万元(其中建筑工程${building}万元),二批项目县级批复总投资2069.51万元(其中建筑工程1975.775万元),三批项目县级批复投资778.59万元(其中建筑工程757.44万元),合计批复总投资6222.4万元(其中建筑工程6025.215万元)。`;

  it("holds when the batches add up to the 合计", () => {
    expect(totals(lincheng("3374.3"), 2021)).toEqual([]);
  });

  it("a batch that makes the sum exceed the 合计, or fall below it, is an error naming the total", () => {
    expect(totals(lincheng("4005.9"), 2021)).toEqual([["error", "6854.00", "6222.4"]]);
    expect(totals(lincheng("2374.3", "分三批", "2292"), 2021)).toEqual([["error", "5222.40", "6222.4"]]);
  });

  it("a batch below its own “(其中建筑工程…)” is found there first, the batch named (f1: the parenthesised list is read)", () => {
    expect(lists(lincheng("2374.3"), 2021)).toEqual([["error", "2374.3"]]);
    expect(totals(lincheng("2374.3"), 2021)).toEqual([]);
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

describe("“其中:A万元用于X;B万元用于Y”: parts named by their purpose after the amount (棠溪 2022)", () => {
  const tangxi = (total: string, last = "29.99") =>
    `本项目共完成预算资金${total}万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;${last}万元用于基建工程项目设计、规划、测绘。`;

  it("parts within their rounding of the total raise no error (89.99 for 89.97, the 30s written to whole 万元)", () => {
    expect(lists(tangxi("89.97"), 2022).filter(([severity]) => severity === "error")).toEqual([]);
  });

  it("parts above the total are an error naming the total or the part out of line", () => {
    expect(lists(tangxi("79.97"), 2022)).toEqual([["error", "79.97"]]);
    expect(lists(tangxi("89.97", "39.99"), 2022).filter(([severity]) => severity === "error")).toHaveLength(1);
  });

  it("parts below the total say nothing: a “其中” list may name only some parts", () => {
    expect(lists(tangxi("99.97"), 2022).filter(([severity]) => severity === "error")).toEqual([]);
  });

  it("a part with words before it keeps them as its name", () => {
    const named = "项目支出50万元,其中:培训费20万元用于业务培训,印刷费40万元用于资料印刷。";
    expect(lists(named, 2022)).toEqual([["error", "50"]]);
  });
});

describe("“上年结转结余A,加…总收入B,减…总支出C,…结余R”: a balance written as a chain (小榄镇 2025)", () => {
  const xiaolan = (balance: string, spending = "13.6") =>
    `上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共预算总支出${spending}亿元,1-6月结余${balance}亿元。`;

  it("holds when the balance is the opening amount plus what is added less what is taken away", () => {
    expect(totals(xiaolan("0.23"), 2025)).toEqual([]);
  });

  it("a balance, or an amount taken away, out of line is an error naming the balance", () => {
    expect(totals(xiaolan("0.43"), 2025)).toEqual([["error", "0.23", "0.43亿元"]]);
    expect(totals(xiaolan("0.23", "12.6"), 2025)).toEqual([["error", "1.23", "0.23亿元"]]);
  });

  it("a last amount not named 结余 / 结转, or no clause opening with “减”, is not read as the chain's balance", () => {
    expect(totals("上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共预算总支出13.6亿元,调出资金0.43亿元。", 2025)).toEqual([]);
    // with no “减” each amount's own words still name its role: the balance written as plain clauses (plain-balance.ts)
    const plain = check("上年结转结余0亿元,加一般公共预算总收入13.83亿元,一般公共预算总支出13.6亿元,结余0.43亿元。", 2025);
    expect(plain.map((f) => [f.severity, f.expected, f.actual])).toEqual([["error", "0.23", "0.43亿元"]]);
    expect(plain[0].headline).toContain("文中写结余0.43亿元，而");
  });
});
