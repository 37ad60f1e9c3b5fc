import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Real errors of the corpus (test/fixtures/texts/) that the checker used to miss, each in its real paragraphs as
 * published: the finding's rule, the figure it names and the corrected value; and the same paragraphs with that
 * figure put right, where nothing may be found.
 */
const errors = (text: string, year?: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.actual ?? null, f.expected ?? null]);

describe("a total against its parts by the catalogue's identity, in a budget text in 元 (梧州 2023 b ¶2, ¶8–¶10)", () => {
  const text = [
    "1. 基本支出预算 881300.39 元,占一般公共预算支出的96.74%,同比减少 166271.4 元,下降 15.87 %。其中:",
    "六、一般公共预算基本支出情况说明",
    "2023 年本年一般公共预算基本支出 911000.39 元,其中:",
    "人员经费 809961.19 元,主要包括:基本工资、津贴补贴、伙食补助费、绩效工资、机关事业单位基本养老保险费、职业年金缴费、城镇职工基本医疗保险缴费、其他社会保障缴费、住房公积金、委托业务费。",
    "公用经费 71339.2 元,主要包括:办公费、工会经费、其他商品服务和支出。",
  ].join("\n");

  it("一般公共预算基本支出 911000.39 against 人员经费 809961.19 + 公用经费 71339.2 = 881300.39: an error at the total, in 元", () => {
    expect(errors(text, 2023)).toEqual([["N.total", "911000.39元", "881300.39"]]);
  });

  it("the total put right: nothing", () => {
    expect(errors(text.replace("911000.39", "881300.39"), 2023)).toEqual([]);
  });
});
