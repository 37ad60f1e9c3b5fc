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

describe("a change whose own words name a figure the text states in another paragraph (临沧 2018 ¶9–¶10)", () => {
  const text = [
    "2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。",
    "2018年“三公”经费预算数比2017年预算数减少0.06万元,减幅 0.02%。增减的主要原因是:认真执行中央八项规定,厉行节约开支。具体情况如下:",
  ].join("\n");

  it("“三公”经费预算数 is the 三公 total of the paragraph before: 0.06 ÷ (2.7 + 0.06) = 2.17%, not 0.02%", () => {
    expect(errors(text, 2018)).toEqual([["N.growth", "0.02%", "2.17%"]]);
    expect(errors(text.replace("0.02%", "2.17%"), 2018)).toEqual([]);
  });

  it("another year's figure, or words naming no figure of the catalogue, tie nothing", () => {
    expect(errors(text.replace("2018年“三公”经费预算数比2017年", "2017年“三公”经费预算数比2016年"), 2018)).toEqual([]);
    expect(errors(text.replace("“三公”经费预算数比", "会议费预算数比"), 2018)).toEqual([]);
  });

  it("two different amounts stated for the figure tie nothing", () => {
    const twice = `${text}\n2018年“三公”经费预算总额为3.7万元。`;
    expect(errors(twice, 2018).filter(([rule]) => rule === "N.growth")).toEqual([]);
  });
});

describe("shares of one parent named in the same words, in different paragraphs (梧州 2024 a ¶2, ¶6)", () => {
  const text = [
    "1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元,下降 0.2%。其中:",
    "2. 项目支出 469500 元,占一般公共预算支出的 19.62%,同比增加 70100 元 ,增长 17.55%。其中:",
  ].join("\n");

  it("基本支出 and 项目支出 never overlap: 一般公共预算支出 is at least their sum, 469500 ÷ 2945760.58 = 15.94% at most", () => {
    expect(errors(text, 2024)).toEqual([["N.share", "19.62%", "15.94%"]]);
    expect(errors(text.replace("19.62%", "15.94%"), 2024)).toEqual([]);
  });

  it("a share below the bound says nothing: the parent may hold more than the parts the text names", () => {
    expect(errors(text.replace("84.06%", "70.06%").replace("19.62%", "12.00%"), 2024)).toEqual([]);
  });

  it("parents named in other words, or parts that are not two parts of one identity, bound nothing", () => {
    expect(errors(text.replace("占一般公共预算支出的 19.62%", "占部门支出的 19.62%"), 2024)).toEqual([]);
    expect(errors(text.replace("2. 项目支出 469500 元", "2. 培训费 469500 元"), 2024)).toEqual([]);
  });
});
