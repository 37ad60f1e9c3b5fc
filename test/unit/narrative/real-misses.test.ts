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

  it("“其中:因公出国(境)费同口径比2018年减少9万元,下降15.3%”: 其中 and 同口径 aside, (境) kept — the 50 stated before (a 2019 text not in the corpus)", () => {
    const sameBasis =
      "2019年,市本级一般公共预算支出安排的“三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。其中:因公出国(境)费同口径比2018年减少9万元,下降15.3%。";
    expect(errors(sameBasis, 2019)).toEqual([]);
    expect(errors(sameBasis.replace("减少9万元", "减少12万元"), 2019)).toEqual([["N.growth", "15.3%", "19.35%"]]);
  });

  it("a sentence with amounts of its own, or a paragraph about another fund, ties nothing to the figure stated elsewhere", () => {
    const own = text.replace("2018年“三公”经费预算数比2017年预算数减少", "其中会议费3万元,“三公”经费预算数比2017年预算数减少");
    expect(errors(own, 2018)).toEqual([]);
    const fund = text.replace("2018年“三公”经费预算数比2017年", "以下为政府性基金预算。2018年“三公”经费预算数比2017年");
    expect(errors(fund, 2018)).toEqual([]);
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

describe("which change is wrong when a total's change is not its parts' (绵竹 2025 预算, the car line's 209 written 181)", () => {
  const text =
    "根据《中华人民共和国预算法》、《中华人民共和国预算法实施条例》和四川省财政厅《关于印发四川省预决算公开操作规程(2022年修订)的通知》(川财预〔2022〕12号)的有关规定,经绵竹市财政局汇总,2025年全市行政单位(含参照公务员法管理的事业单位)、事业单位和其他单位使用财政拨款安排“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元,较上年减少209万元,下降11%。";
  const slip = text.replace("较上年减少209万元", "较上年减少181万元");
  const all = (t: string) => checkNarrative(readTextFile(t), [], { year: 2025 });

  it("221 = 2190 − 1969 and 12 agrees with 4.7%: the car line is the slip, 221 − 0 − 12 = 209, which agrees with “下降11%”", () => {
    expect(errors(text, 2025)).toEqual([]);
    expect(errors(slip, 2025)).toEqual([["N.changeSum", "181", "209.00"]]);
    // read at 209 from then on: no second finding on its rate (181 ÷ 1868 = 9.69% was a rounding warning on “11%”)
    expect(all(slip).map((f) => f.rule)).toEqual(["N.changeSum"]);
    expect(all(slip)[0].headline).toContain("应为减少209万元");
  });

  it("a total not confirmed by its own figures, or a correction its rate does not confirm, leaves the finding at the total", () => {
    const unconfirmed = slip.replace("较2024年的2190万元减少221万元,下降10.1%", "较2024年减少221万元");
    expect(errors(unconfirmed, 2025)).toEqual([["N.changeSum", "减少221万元", "减少193万元"]]);
    expect(errors(slip.replace("下降11%", "下降15%"), 2025)).toEqual([
      ["N.changeSum", "减少221万元", "减少193万元"],
      ["N.growth", "15%", "9.69%"],
    ]);
  });
});

describe("“公务用车购置” without 费 in a budget text is the 购置 line (临沧 2018 ¶9, ¶12–¶13 as 预算表's row “1.公务用车购置”)", () => {
  const text = [
    "2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。",
    "2.公务用车购置及运行维护费1.5万元。其中:",
    "2018年公务用车购置预算数0万元,与上年预算数相比无变化;公务用车运行维护费1.5万元,与上年预算数年相比持平。经费主要用于公务用车运行维护费支出。",
  ].join("\n");

  it("0 + 1.5 = 1.5: nothing wrong", () => {
    expect(checkNarrative(readTextFile(text), [], { year: 2018 })).toEqual([]);
  });

  it("运行 1.9: the car line agrees with 三公, so 购置 0 + 运行 must be 1.5 — the one finding, at 运行", () => {
    expect(errors(text.replace("运行维护费1.5万元,与", "运行维护费1.9万元,与"), 2018)).toEqual([["N.total", "1.9", "1.50"]]);
  });
});

describe("the car line's parts stated in a later paragraph than the car line (临沧 2018 ¶9, ¶12–¶13)", () => {
  const text = [
    "2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。",
    "2.公务用车购置及运行维护费1.5万元。其中:",
    "2018年公务用车购置经费预算数0万元,与上年预算数相比无变化;公务用车运行维护费1.5万元,与上年预算数年相比持平。经费主要用于公务用车运行维护费支出。",
  ].join("\n");
  const all = (t: string) => checkNarrative(readTextFile(t), [], { year: 2018 });

  it("“公务用车购置经费预算数” is the 购置 figure: 0 + 1.5 = 1.5, nothing wrong", () => {
    expect(all(text)).toEqual([]);
  });

  it("运行 1.9: the car line 1.5 agrees with 三公 2.7 = 0 + 1.5 + 1.2, and only 运行 corrected stays ≥ 0 — the one finding, at 运行", () => {
    expect(errors(text.replace("运行维护费1.5万元", "运行维护费1.9万元"), 2018)).toEqual([["N.total", "1.9", "1.50"]]);
  });

  it("a second car line that differs from the first (and from its parts) is itself the finding", () => {
    expect(errors(text.replace("2.公务用车购置及运行维护费1.5万元", "2.公务用车购置及运行维护费1.9万元"), 2018)).toEqual([["N.total", "1.9", "1.50"]]);
  });

  it("both parts may be wrong (购置 0.4 with 运行 1.5): no error on the car line 三公 confirms, a warning naming both", () => {
    const found = all(text.replace("购置经费预算数0万元", "购置经费预算数0.4万元"));
    expect(found.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([["N.total", "warning", "1.5", undefined]]);
    expect(found[0].headline).toContain("请核对公务用车购置费、公务用车运行维护费");
  });
});

describe("a part stated 0 whose words say there was no such spending is no slip (塘子街道 2023 ¶2, ¶7–¶9)", () => {
  const text = [
    "寻甸县塘子街道办事处2023年度一般公共预算财政拨款“三公”经费支出预算为24.5万元,支出决算为11.96万元,完成预算的48.82%。其中:因公出国(境)费支出决算为0万元,完成预算的0.00%;公务用车购置及运行费支出决算为4.02万元,完成预算的89.33%;公务接待费支出决算为7.94万元,完成预算的39.7%。",
    "2.公务用车购置及运行维护费支出4.02万元。其中:",
    "公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。",
    "公务用车运行维护支出0万元,开支一般公共预算财政拨款的公务用车保有量为7辆。",
  ].join("\n");

  it("购置 0 + 运行维护 0 under the car line 4.02 (confirmed by 三公 11.96): the one finding, at 运行维护, 应为4.02", () => {
    expect(errors(text, 2023)).toEqual([["N.total", "0", "4.02"]]);
    expect(checkNarrative(readTextFile(text), [], { year: 2023 }).find((f) => f.rule === "N.total")!.headline).toContain("应为4.02万元");
  });

  it("without those words both parts may be the slip: no error on the car line 三公 confirms, a warning naming both", () => {
    const found = checkNarrative(readTextFile(text.replace("本单位2023年度无此项支出。", "")), [], { year: 2023 });
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
    const total = found.find((f) => f.rule === "N.total")!;
    expect([total.severity, total.actual]).toEqual(["warning", "4.02"]);
    expect(total.headline).toContain("请核对公务用车购置费、公务用车运行维护费");
  });

  it("运行维护 4.02 as it should be: nothing wrong", () => {
    expect(errors(text.replace("公务用车运行维护支出0万元", "公务用车运行维护支出4.02万元"), 2023)).toEqual([]);
  });
});

describe("a rate that holds only because the budget is printed coarser than the 决算 (寿县 2023 ¶3)", () => {
  const text = "1.公务接待费预算为1万元,支出决算为0.53万元,完成预算的47%;较上年减少0.47万元,下降47 %。决算数小于预算数的主要原因是公务接待费减少。";
  const found = (t: string) => checkNarrative(readTextFile(t), [], { year: 2023 }).map((f) => [f.rule, f.severity, f.actual, f.expected]);

  it("47% is within 0.53 ÷ [0.5, 1.5]: no error, but a warning that at 1.00万元 it is 53.00%", () => {
    expect(found(text)).toEqual([["N.completion", "warning", "47%", "53.00%"]]);
  });

  it("the rate right at 1.00, or a budget printed to the 决算's decimals: no doubt", () => {
    expect(found(text.replace("完成预算的47%", "完成预算的53%"))).toEqual([]);
    expect(found(text.replace("预算为1万元", "预算为1.00万元"))).toEqual([["N.completion", "error", "47%", "53.00%"]]);
  });
});
