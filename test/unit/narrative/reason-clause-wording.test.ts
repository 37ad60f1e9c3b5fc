import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A “其中” sentence after a sentence that ends in its reason clause (“支出预算总额为T,比上年增加C,主要原因是新增项目资金A。
 * 其中:…”): the list may break down the reason's amount A — so the reason clause is no rule that the list is T's
 * (test/fixtures/texts/jx-shangyou-sixia-2022-budget.txt ¶1 stays a miss, corpus.test.ts MISSED_TODAY).
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], {})
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("a “其中” list after a reason clause that states an amount", () => {
  const projects = "2022年支出预算总额为1500万元,比上年增加500万元,增长50%,主要原因是新增项目资金500万元。其中:道路项目300万元,占60%;桥梁项目200万元,占40%。";

  it("breaks down the reason's amount when its parts add up to it: no error against the total before the reason", () => {
    expect(errors(projects)).toEqual([]);
  });

  it("its shares are judged against that amount", () => {
    expect(errors(projects.replace("占60%", "占20%"))).toEqual([["N.share", "60.00%", "20%"]]);
  });
});
