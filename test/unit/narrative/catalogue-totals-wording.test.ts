import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { paragraphOf } from "../../support/text-corpus";

/**
 * The 收入支出决算总表's two sides stated across paragraphs (m6's misses, cq-wanzhou-fayuan-2018-final ¶4–¶5 and
 * cq-wushan-fayuan-2019-final ¶8–¶9): 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, 支出总计 = 本年支出合计 +
 * 结余分配 + 年末结转和结余. The parts stated may not exceed the total even with a part unstated (parts are never negative);
 * below it only when every part is stated.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f) ?? null, f.expected ?? null, f.actual ?? null]);

const wanzhou = [
  "1.总体情况。本院2018年度收入总计13,398.85万元,支出总计13,398.85万元。本部分的收入总计包括收入合计、年初结转和结余,支出总计包括本年支出合计、年末结转和结余。",
  "2.收入情况。本院2018年度收入合计13,064.59万元,较上年决算增加2,073.24万元,增长18.86%。其中:财政拨款收入9,005.76万元,占68.93%;其他收入4,058.83万元,占31.07%。年初结转和结余334.26万元。",
  "3.支出情况。本院2018年度支出合计10,073.94万元,较上年决算数减少583.15万元,下降5.47%。其中:基本支出6,651.47万元,占66.03%;项目支出3,422.47万元,占33.97%。",
].join("\n");

describe("收入总计 against 收入合计 and 年初结转和结余 stated in the next paragraph", () => {
  it("as published: nothing", () => {
    expect(check(wanzhou, 2018).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("年初结转和结余 334.26→434.26: the parts exceed the total, an error on the 收入总计 naming both parts", () => {
    const wrong = check(wanzhou.replace("年初结转和结余334.26", "年初结转和结余434.26"), 2018).filter((f) => f.severity === "error");
    expect(wrong.map((f) => [f.rule, paragraphOf(f), f.expected, f.actual])).toEqual([["N.total", 1, "13,498.85", "13398.85"]]);
    expect(wrong[0].message).toContain("本年收入合计13,064.59 + 年初结转和结余434.26 = 13,498.85万元");
  });

  it("parts below the total say nothing while 使用非财政拨款结余 is unstated", () => {
    expect(errors(wanzhou.replace("年初结转和结余334.26", "年初结转和结余234.26"), 2018)).toEqual([]);
  });

  it("with every part stated, parts below the total are an error too", () => {
    const all = wanzhou.replace("年初结转和结余334.26万元。", "使用非财政拨款结余0万元,年初结转和结余234.26万元。");
    expect(errors(all, 2018)).toEqual([["N.total", 1, "13,298.85", "13398.85"]]);
  });

  it("支出总计 against 支出合计 and 年末结转和结余 the same way", () => {
    const spent = wanzhou.replace("占33.97%。", "占33.97%。年末结转和结余4,324.91万元。");
    expect(errors(spent, 2018)).toEqual([["N.total", 1, "14,398.85", "13398.85"]]);
    expect(errors(spent.replace("4,324.91", "3,324.91"), 2018)).toEqual([]);
  });
});

describe("收入合计 / 支出合计 of a sentence naming a budget (fund) is that fund's, not the unit's 本年收入合计", () => {
  it("a 政府性基金 sum and a 一般公共预算 sum of one report (仓山 2020 ¶3, ¶7) are not one figure stated twice", () => {
    const cangshan = [
      "一、2020年一般公共预算决算情况",
      "全区一般公共预算总收入410338万元,完成调整后预算的97.3%,下降6.4%,剔除减税降费因素,同口径下降0.9%,其中地方一般公共预算收入271630万元,完成调整后预算的99.2%,下降4.7%,剔除减税降费因素,同口径下降0.5%;加上级补助收入120846万元,上年结余收入42690万元,债务转贷收入16714万元,调入预算稳定调节基金44421万元,调入资金18300万元,收入合计514601万元。",
      "政府性基金收入0万元,加上年结余收入39930万元,上级补助收入113566万元(其中:抗疫特别国债7691万元),债务转贷收入39000万元,收入合计192496万元。",
    ].join("\n");
    expect(errors(cangshan, 2020)).toEqual([]);
  });
});
