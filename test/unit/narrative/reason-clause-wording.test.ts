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

describe("a “其中” list whose parts stand in two sentences with a reason clause between them", () => {
  // the wording of ah-huaiyuan-xuwei-2020-budget-sangong ¶5 (“…预算,35万元,比上年增加(减少)35万元。其中,公务用车运行费10万元,…,
  // 主要原因是…;该项经费主要用于…。公务用车购置费25万元,比上年增加25万元,…”), under a whole of ./complete-list.ts that no
  // other relation of the text reads (一般公共预算财政拨款支出 = 基本支出 + 项目支出)
  const split = [
    "(一)一般公共预算财政拨款支出35万元,比上年增加5万元。",
    "其中,基本支出10万元,比上年增加1万元,主要原因是人员增加;该项经费主要用于工资福利支出。",
    "项目支出25万元,比上年增加4万元,主要原因是项目增加。",
  ].join("");

  it("the parts add up: no error", () => {
    expect(errors(split)).toEqual([]);
  });

  it("goes on in the next sentence naming the whole's other part: above or below the total, the list is complete — an error", () => {
    expect(errors(split.replace("项目支出25", "项目支出35"))).toEqual([["N.listSum", "45.00", "35"]]);
    expect(errors(split.replace("项目支出25", "项目支出15"))).toEqual([["N.listSum", "25.00", "35"]]);
  });

  it("a next sentence opening with other words, or naming no other part of the whole, ends the list: nothing", () => {
    expect(errors(split.replace("项目支出25", "(二)项目支出15"))).toEqual([]);
    expect(errors(split.replace("项目支出25", "专项业务费15"))).toEqual([]);
    expect(errors(split.replace("项目支出25", "基本支出15"))).toEqual([]);
  });

  it("cq-bishan-2023-budget-execution: 一般公共预算本级收入 53.19 = 税收 29.09 + 非税 24.1 across two sentences — no error", () => {
    const bishan =
      "全区一般公共预算本级收入完成53.19亿元,增长22.1%,还原留抵退税口径后增长3.4%。其中,税收收入29.09亿元,增长46.2%,还原留抵退税口径后增长4.7%。非税收入24.1亿元,增长1.9%。";
    expect(errors(bishan)).toEqual([]);
  });
});
