import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19z (test/fixtures/texts/: 铜梁 安居镇 2021, 英德 2016, 教育部 2011 …): the parts of a
 * “其中” list are of the measure their head names, “较上年支出数” / “对比” only compare, the same item in two years
 * before a change, and “比当年预算节省了”.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("the parts of a “其中” list under a budget are the items' budgets, not their 决算", () => {
  const anju = [
    "2021年我镇“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元,公务用车购置0万元。",
    "2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.26%。全年实际支出比较预算和决算都有所下降。",
  ].join("\n");

  // the text says 决算 (a text that never does is read as a budget text)
  it("the 决算 total is not summed from the budget's parts", () => {
    expect(errors(anju, 2021)).toEqual([]);
  });

  it("the same parts under the 决算 total still add up to it", () => {
    const actual = "2021年“三公”经费支出共计9.07万元,其中:因公出国(境)费0万元,公务接待费4万元,公务用车运行维护费4万元,公务用车购置0万元。";
    expect(errors(actual, 2021)).toEqual([["N.total", "8.00", "9.07"]]);
  });

  it("the parts of last year's amount are no figure of the report's year", () => {
    const prior = "上年“三公”经费支出20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元。本年“三公”经费支出9.07万元。";
    expect(errors(prior, 2021)).toEqual([]);
  });
});

describe("“较上年支出数减少C万元，下降p%”: “支出数” after the comparison names no item", () => {
  it("the change is of the amount of its clause, and its rate is checked", () => {
    const written = "2021年“三公”经费支出共计9.07万元,较上年支出数减少0.71万元,下降7.83%。";
    expect(errors(written, 2021)).toEqual([["N.growth", "7.26%", "7.83%"]]);
    expect(errors(written.replace("7.83", "7.26"), 2021)).toEqual([]);
  });
});

describe("“X年预算A，Y年预算B；对比减少C；减少率p%”: the same item in two years before a change", () => {
  const yingde =
    "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。其中:1、公务接待费2016年预算8万元,2015年预算12.35万元;对比减少4.35万元;减少率35.22%。";

  it("holds on the corrected text", () => {
    expect(errors(yingde, 2016)).toEqual([]);
  });

  it("a prior that the change and its rate both contradict is the slip, named with the value they give", () => {
    expect(errors(yingde.replace("预算12.35", "预算12.5"), 2016)).toEqual([["N.difference", "12.35", "12.5"]]);
  });

  it("a change that the two amounts contradict is named", () => {
    expect(errors(yingde.replace("减少24.55", "减少20.55"), 2016)).toEqual([["N.difference", "24.55", "20.55"]]);
  });

  it("the rate is checked against the prior (减少率 is a rate word)", () => {
    expect(errors(yingde.replace("35.22", "30.22"), 2016)).toEqual([["N.growth", "35.22%", "30.22%"]]);
  });
});

describe("“预算为A万元。…实际开支B万元，比当年预算节省了C万元”: 节省 is a decrease against the budget of the sentence before", () => {
  const moe = "2010年,财政部批准教育部的“三公经费”预算为2513.6万元。预算执行过程中,加强管理,全年实际开支“三公经费”2496.12万元,比当年预算节省了17.48万元。";

  it("holds on the real text", () => {
    expect(errors(moe, 2011)).toEqual([]);
  });

  it("a changed actual is found", () => {
    expect(errors(moe.replace("2496.12", "2296.12"), 2011).map(([rule]) => rule)).toEqual(["N.difference"]);
  });

  it("takes no budget from a sentence before that states more than one amount", () => {
    const two = moe.replace("预算为2513.6万元", "预算为2513.6万元,上年2600万元");
    expect(errors(two.replace("2496.12", "2296.12"), 2011)).toEqual([]);
  });
});
