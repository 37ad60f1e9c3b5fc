import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19z (test/fixtures/texts/: 铜梁 安居镇 2021 …): the parts of a “其中” list are of the
 * measure their head names, and “较上年支出数” only compares.
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
