import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * The wording of news reports on the 教育部直属高校 budgets (m14 hand probes, test/fixtures/texts/probes/m14.json): a change
 * written “从去年的A猛减到今年的B”, with its rate and maybe its amount; a share's whole named with the unit's own name
 * (“上海交通大学本年收入…占本年收入50%”); last year's figure with this year's rate (“…2017年度预算达233亿元,今年同比增长15.47%”),
 * this year's amount stated before.
 */
const check = (text: string, year = 2018) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“从去年的A…到今年的B”: one amount in two years (zy-moe-universities-2018-budget-beiqingbao ¶8)", () => {
  const beiqingbao = corpusText("zy-moe-universities-2018-budget-beiqingbao");
  const peking = beiqingbao.paragraph(8);
  const sentence = "北京大学预算总经费从去年的193.45亿元减少到今年的125.54亿元,减少67.91亿元,下降35.1%。";

  it("holds on the real text (67.91 ÷ 193.45 = 35.10%)", () => {
    expect(errors(beiqingbao.text, beiqingbao.year)).toEqual([]);
    expect(errors(sentence)).toEqual([]);
  });

  it("a changed rate is an error naming it", () => {
    expect(errors(peking.replace("降幅达35.1%", "降幅达38.1%"))).toEqual([["N.growth", "35.10%", "38.1%"]]);
  });

  it("a changed amount breaks the rate it is measured with", () => {
    expect(errors(peking.replace("今年的125.54亿元", "今年的135.54亿元"))).toEqual([["N.growth", "29.94%", "35.1%"]]);
  });

  it("a stated change is of the amount reached, measured from last year's", () => {
    expect(errors(sentence.replace("减少67.91", "减少57.91"))).toEqual([["N.difference", "67.91", "57.91亿元"]]);
    expect(errors(sentence.replace("下降35.1%", "下降38.1%"))).toEqual([["N.growth", "35.10%", "38.1%"]]);
    const found = check(sentence.replace("减少67.91", "减少57.91")).find((f) => f.rule === "N.difference")!;
    expect(found.message).toContain("本年125.54亿元、上年193.45亿元");
  });

  it("years named one apart are last year and this year; a longer span may carry a yearly average", () => {
    const span = (from: string, to: string, rate: string) => `全县一般公共预算收入从${from}的2007万元上升到${to}的2468万元,增长${rate}%。`;
    expect(errors(span("2017年", "2018年", "22.97"))).toEqual([]);
    expect(errors(span("2017年", "2018年", "4.22"))).toEqual([["N.growth", "22.97%", "4.22%"]]);
    // 壤塘 2020 writes “年均增长4.22%” over five years: without “年均” the span leaves the rate in doubt
    expect(errors(span("2015年", "2020年", "4.22"))).toEqual([]);
    expect(errors(span("2017年", "今年", "4.22"))).toEqual([]);
  });
});

describe("a whole named with the unit's own name (zy-moe-universities-2018-budget-xinjingbao-b ¶1)", () => {
  const xinjingbao = corpusText("zy-moe-universities-2018-budget-xinjingbao-b");
  const shanghai = xinjingbao.paragraph(1);
  const peking = "北京大学本年收入200.5亿元,事业收入100亿元。";

  it("holds on the real text (56.5 ÷ 111.91 = 50.49%)", () => {
    expect(errors(xinjingbao.text, xinjingbao.year)).toEqual([]);
  });

  it("“占本年收入” is of “上海交通大学本年收入”: a changed part or share is an error at the share", () => {
    expect(errors(shanghai.replace("事业收入56.5亿元", "事业收入66.5亿元"))).toEqual([["N.share", "59.42%", "50%"]]);
    expect(errors(shanghai.replace("占本年收入50%。", "占本年收入40%。"))).toEqual([["N.share", "50.49%", "40%"]]);
  });

  it("another university's 本年收入 is its own: no repeated figure, and the share's own sentence names its whole", () => {
    expect(errors(peking + shanghai)).toEqual([]);
    expect(errors(`${peking}\n${shanghai}`)).toEqual([]);
    expect(errors(peking + shanghai.replace("事业收入56.5亿元", "事业收入66.5亿元"))).toEqual([["N.share", "59.42%", "50%"]]);
  });

  it("two universities' 本年收入 and a share in a sentence of neither: the whole is in doubt", () => {
    expect(errors("上海交通大学本年收入111.91亿元。北京大学本年收入200.5亿元。事业收入66.5亿元,占本年收入50%。")).toEqual([]);
  });
});

describe("last year's figure with this year's rate, this year's stated before (zy-moe-universities-2018-budget-xinjingbao ¶1)", () => {
  const xinjingbao = corpusText("zy-moe-universities-2018-budget-xinjingbao");
  const tsinghua = xinjingbao.paragraph(1);
  const named = "清华大学2018年收支预算总数为269亿元。清华大学2017年收支预算总数为233亿元,今年同比增长15.47%。";

  it("holds where both amounts name the figure and the unit (269 ÷ 233 − 1 = 15.45%)", () => {
    expect(errors(xinjingbao.text, xinjingbao.year)).toEqual([]);
    expect(errors(named)).toEqual([]);
  });

  it("a changed rate or prior is an error naming it", () => {
    expect(errors(named.replace("增长15.47%", "增长25.47%"))).toEqual([["N.growth", "15.45%", "25.47%"]]);
    expect(errors(named.replace("233亿元", "213亿元"))).toEqual([["N.growth", "26.29%", "15.47%"]]);
  });

  it("another unit's amount is no current of it", () => {
    expect(errors(named.replace("清华大学2018年", "北京大学2018年").replace("增长15.47%", "增长25.47%"))).toEqual([]);
  });

  it("“清华大学以269亿的大幅领先优势再度领跑” names no figure (the lead or the budget): the real rate is tied to nothing", () => {
    expect(errors(tsinghua.replace("今年同比增长15.47%", "今年同比增长25.47%"))).toEqual([]);
  });
});
