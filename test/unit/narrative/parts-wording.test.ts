import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wordings of the blind rounds that the checker did not read (task #19), each on sentences written for the test with
 * true figures, with one figure changed, and near-misses that must stay silent.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("the parts' budgets inside “完成预算B的p%” are a list of the total's budget", () => {
  // 6.4 + 21.5 + 8.35 = 36.25; 8 + 30 + 10 = 48; 36.25 ÷ 48 = 75.52%, 6.4 ÷ 8 = 80%, 21.5 ÷ 30 = 71.67%, 8.35 ÷ 10 = 83.5%
  const final =
    "2024年度“三公”经费财政拨款支出决算为36.25万元,完成全年预算48万元的75.5%。其中:因公出国(境)费支出决算为6.4万元,完成全年预算8万元的80%;" +
    "公务用车购置及运行维护费支出决算为21.5万元,完成全年预算30万元的71.7%;公务接待费支出决算为8.35万元,完成全年预算10万元的83.5%。";

  it("holds as written", () => {
    expect(check(final, 2024)).toEqual([]);
  });

  it("a part's budget above its share of the total is an error at the total's budget, beside its own completion", () => {
    expect(errors(final.replace("30万元", "34万元"), 2024)).toEqual([
      ["N.listSum", "52.00", "48"],
      ["N.completion", "63.24%", "71.7%"],
    ]);
  });

  it("the list names every part of 三公, so a sum below the total's budget is an error too", () => {
    expect(errors(final.replace("30万元", "26万元"), 2024)).toEqual([
      ["N.listSum", "44.00", "48"],
      ["N.completion", "82.69%", "71.7%"],
    ]);
    expect(errors(final.replace("48万元", "52万元"), 2024)).toEqual([
      ["N.listSum", "48.00", "52"],
      ["N.completion", "69.71%", "75.5%"],
    ]);
  });

  it("budgets of another measure (调整预算 against 年初预算) or a list that is not complete say nothing of the sum", () => {
    // 36.25 ÷ 50 = 72.5%: the adjusted budget of the total is no sum of the parts' budgets at the start of the year
    const adjusted = final.replace("完成全年预算48万元的75.5%", "完成调整预算50万元的72.5%").replace(/完成全年预算(?=\d+万元的(?:80|71|83))/g, "完成年初预算");
    expect(errors(adjusted, 2024)).toEqual([]);
    const partial = final.replace(";公务接待费支出决算为8.35万元,完成全年预算10万元的83.5%", "");
    expect(errors(partial, 2024)).toEqual([]);
  });
});
