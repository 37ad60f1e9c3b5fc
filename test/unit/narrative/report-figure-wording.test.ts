import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of a county's 财政决算 report to its people's congress (test/fixtures/texts/hb-zhushan-2020-final.txt, m9): each
 * figure is compared with the 报告数 — the figure the budget-execution report gave the congress — and, in the same
 * sentence, with last year's 决算. The 报告数 is a base of comparison as a budget is (binding.ts BUDGET_BASE), a rate that
 * names another base than its change's is not that change's rate (binding.ts comparedBase), and a comparison right after
 * the last part of a “其中” list closes the list (subset-sum.ts closesList).
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2020 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“比报告数49500万元增加8万元,比2019年决算数下降24.8%”: two comparisons, two bases", () => {
  const local = "(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。";

  it("holds on the real wording: the rate is against 2019's 决算, not the change's rate (no direction error)", () => {
    expect(errors(local)).toEqual([]);
  });

  it("the change is judged against the 报告数 it names", () => {
    expect(errors(local.replace("增加8万元", "增加18万元"))).toEqual([["N.difference", "8.00", "18"]]);
  });

  it("a rate with no base words of its own is still the change's (and judged against the 报告数)", () => {
    expect(errors("本级收入49508万元,比报告数49500万元增加8万元,增长24.8%。")).toEqual([["N.growth", "0.02%", "24.8%"]]);
  });

  it("a rate that names the same base as its change is the change's: “较上年增加800万元,同比下降24.8%” is a direction error", () => {
    expect(errors("本级收入49508万元,较上年增加800万元,同比下降24.8%。")).toEqual([["N.direction", "增长", "下降"]]);
  });
});

describe("“比县十八届人民代表大会第五次会议报告数(以下简称“报告数”)567118万元增加8226万元,增长1.5%”", () => {
  const total =
    "2020年,全县一般公共预算收入完成575344万元,比县十八届人民代表大会第五次会议报告数(以下简称“报告数”)567118万元增加8226万元,增长1.5%;比2019年决算数增长12%。";

  it("holds on the real wording (575344 − 567118 = 8226; 8226 ÷ 567118 = 1.45%)", () => {
    expect(errors(total)).toEqual([]);
  });

  it("a change that is not the gap to the 报告数 is an error", () => {
    expect(errors(total.replace("增加8226万元", "增加8826万元"))).toEqual([["N.difference", "8226.00", "8826"]]);
  });
});

describe("a “其中” list closed by the comparison of its sentence: “…专项转移支付收入44875万元,比报告数425319万元增加8051万元”", () => {
  const transfers =
    "(2)转移性收入433370万元,其中:返还性收入6978万元、一般性转移支付收入381517万元(其中:疫情减收增支补助收入40755万元)、专项转移支付收入44875万元,比报告数425319万元增加8051万元,比2019年决算数增长18.8%。";

  it("holds on the real wording: the 报告数 is no part (6978 + 381517 + 44875 = 433370)", () => {
    expect(errors(transfers)).toEqual([]);
  });

  it("parts above the total are still an error", () => {
    expect(errors(transfers.replace("专项转移支付收入44875万元", "专项转移支付收入52738万元"))).toEqual([["N.listSum", "441233.00", "433370"]]);
  });
});
