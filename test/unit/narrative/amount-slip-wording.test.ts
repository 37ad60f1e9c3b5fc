import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * An amount whose change's rate and share both break as printed and both hold at one value of it (test/fixtures/texts/
 * gx-wuzhou-2024-budget-a.txt ¶2–¶3): one slip in the amount explains both, a slip in either rate only one — the amount
 * is named with that value (src/core/narrative/claims/amount-slip.ts), the rates are read at it and stay quiet.
 */
const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2024 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

const text = [
  "1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元,下降 0.2%。其中:",
  "工资福利支出预算 2016908.34 元,占基本支出预算81.45%,同比增加 33279.22 元,增长 1.68%。",
  "商品和服务支出预算 445372.24 元,占基本支出预算17.99%,同比减少 36235.88 元,下降 7.52%。",
].join("\n");

describe("“工资福利支出预算 2016908.34 元,占基本支出预算81.45%,同比增加 33279.22 元,增长 1.68%”", () => {
  it("holds on the real wording", () => {
    expect(findings(text)).toEqual([]);
  });

  it("the amount typed wrong is named once, near the value both relations give (81.45% and 1.68% hold at 2016914.24)", () => {
    const found = checkNarrative(readTextFile(text.replace("2016908.34", "1722259.71")), [], { year: 2024 }).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.growth", "2016914.24元", "1722259.71元"]]);
    expect(found[0].headline).toMatch(/^第2段.*：工资福利支出预算写1722259.71元，应约为2016914.24元/);
    expect(found[0].headline).toContain("增长 1.68%");
    expect(found[0].headline).toContain("占基本支出预算81.45%");
  });

  it("a rate typed wrong alone is that rate's slip: its share holds, so the amount is not named", () => {
    expect(findings(text.replace("增长 1.68%", "增长 2.68%"))).toEqual([["N.growth", "1.68%", "2.68%"]]);
  });

  it("an amount another relation confirms as printed (the same figure stated again alike) is never named: the rates are", () => {
    const again = `${text.replace("2016908.34", "1722259.71")}\n（三）工资福利支出预算1722259.71元，主要用于在职人员工资。`;
    expect(findings(again)).toEqual([
      ["N.share", "69.55%", "81.45%"],
      ["N.growth", "1.97%", "1.68%"],
    ]);
  });

  it("both rates typed wrong, at no common value of the amount: each rate is named, never the amount", () => {
    const two = text.replace("增长 1.68%", "增长 2.68%").replace("81.45%", "71.45%");
    expect(findings(two).map(([rule, , actual]) => [rule, actual])).toEqual([
      ["N.share", "71.45%"],
      ["N.growth", "2.68%"],
    ]);
  });
});

describe("“三门县公安局2019年收入预算16947.30万元,其中:公共财政预算拨款收入14578.20万元,占86.02%;…”", () => {
  const income =
    "三门县公安局2019年收入预算16947.30万元,其中:公共财政预算拨款收入14578.20万元,占86.02%;政府性基金收入1010万元,占5.96%;省级转移支付收入559万元,占3.30%;上年结转收入800.10万元,占4.72%。";

  it("a total its parts’ sum names already is left to the list checks: one finding, with the exact sum", () => {
    const found = checkNarrative(readTextFile(income.replace("16947.30", "13347.51")), [], { year: 2019 }).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.listSum", "16947.30", "13347.51"]]);
    expect(found[0].headline).toContain("各项占比也与之相符：合计应为16947.30万元");
  });
});

describe("“4月,政府性基金预算收入累计完成2236万元,完成年初预算数25200万元的8.9%,比上年增收367万元,增长19.6%”", () => {
  const revenue = "4月,政府性基金预算收入累计完成2236万元,完成年初预算数25200万元的8.9%,比上年增收367万元,增长19.6%。";

  it("holds on the real wording (test/fixtures/texts/yn-dayao-2024-april.txt ¶8)", () => {
    expect(findings(revenue)).toEqual([]);
  });

  it("the actual typed wrong breaks its completion and its rate alike: the actual is named (both hold at 2239: 8.88%, 19.60%)", () => {
    expect(findings(revenue.replace("2236", "2411"))).toEqual([["N.growth", "2239万元", "2411"]]);
  });
});
