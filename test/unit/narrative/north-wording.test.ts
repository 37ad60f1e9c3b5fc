import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds of stop 31 on 华北 / 东北 / 西北 texts (test/fixtures/texts/README.md, s19x): a rate
 * measured on an adjusted basis after the change (山西 1-4月), a “包括” breakdown of one part inside a “其中” list
 * (天山区 2013), and the 预算执行 verb between a whole's name and its amount (“支出执行67.28亿元”).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string) =>
  check(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“增收C,若剔除…影响,按同口径计算增长q%”: a rate on an adjusted basis is not the change's rate", () => {
  const shanxi =
    "今年1-4月份,全省一般公共预算收入完成1261.6亿元,比上年增长41.3%,增收368.7亿元,若剔除留抵退税政策对收入的影响,按同口径计算增长53.5%,在全国名列前茅。";

  it("holds on the real text", () => {
    expect(errors(shanxi)).toEqual([]);
  });

  it("the plain rate before the change is still judged against it", () => {
    expect(errors(shanxi.replace("增长41.3%", "增长48.3%"))).toEqual([["N.growth", "41.29%", "48.3%"]]);
  });

  it("a change and a rate both on the same basis are one claim (“同口径比2018年减少830万元,同口径下降20%”)", () => {
    expect(errors("“三公”经费预算为3328万元,同口径比2018年减少830万元,同口径下降25%。")).toEqual([["N.growth", "19.96%", "25%"]]);
  });
});

describe("“其中:A;B;C X万元,包括c1 Y万元、c2 Z万元”: the part's own breakdown is no part of the list", () => {
  const tianshan =
    "2013年天山区本级公共预算财政“三公经费”支出总额为1841.3万元。其中:因公出国(境)费用0万元;公务接待费140万元;公务用车购置及运行维护费1701.3万元,包括公务用车购置费260万元、公务用车运行及维护费1441.3万元。";

  it("holds on the real text", () => {
    expect(errors(tianshan)).toEqual([]);
  });

  it("the outer list is judged against its total, the inner one against its part", () => {
    expect(errors(tianshan.replace("接待费140万元", "接待费180万元"))).not.toEqual([]);
    expect(errors(tianshan.replace("购置费260万元", "购置费360万元"))).not.toEqual([]);
  });

  it("an inner list joined by “,” is not judged: the next part of the outer list may have begun", () => {
    const comma = "“三公经费”支出总额为1841.3万元。其中:因公出国(境)费用0万元;公务用车购置及运行维护费1701.3万元,包括公务用车购置费260万元,公务接待费140万元。";
    expect(errors(comma)).toEqual([]);
  });

  it("“主要包括” with no amounts says nothing of the list", () => {
    const heshan =
      "“三公”经费支出合计24.75万元。其中:因公出国(境)经费支出0万元;公务用车购置费支出0万元;公务用车运行维护费支出8.2万元,主要包括公务用车燃料费、维修保养费;公务接待费支出19.55万元,主要包括各类公务接待费用。";
    expect(errors(heshan)).not.toEqual([]);
  });
});

describe("“全市一般公共预算支出执行67.28亿元。其中,民生支出55.1亿元,占一般公共预算支出的81.9%”: the verb is no part of the name", () => {
  const shuozhou = "全市一般公共预算支出执行67.28亿元,同比增长24.85%。其中,民生支出55.1亿元,占一般公共预算支出的81.9%。";
  const heilongjiang = "今年上半年,一般公共预算支出完成2477.2亿元,增长0.4%。其中,全省财政民生支出2150.5亿元,占一般公共预算支出比重达86.8%。";

  it("holds on the real texts", () => {
    expect(errors(shuozhou)).toEqual([]);
    expect(errors(heilongjiang)).toEqual([]);
  });

  it("a changed share or whole is found", () => {
    expect(errors(shuozhou.replace("81.9%", "91.4%"))).toEqual([["N.share", "81.90%", "91.4%"]]);
    expect(errors(heilongjiang.replace("86.8%", "71.3%"))).toEqual([["N.share", "86.81%", "71.3%"]]);
  });
});

describe("“A。（理由）。加上B、C、D, 收入总量T” and “A,加B、C和D后,财力合计T”: the sum after an addition", () => {
  const xizang =
    "全区一般公共预算地方收入 236.6 亿元, 为年初预算数的 125.8%, 比上年决算数增长 31.7%。这主要得益于经济持续恢复、总体回升向好。加上中央补助 2537.1 亿元、一般债务收入 60 亿元、 上年结转 436.2 亿元、 动用预算稳定调节基金 558.8 亿元、 调入资金 9.6 亿元, 收入总量 3838.3亿元。";
  const heilongjiang =
    "2007年全省财政收支结果是:全省地方财政收入579.5亿元,加中央结算补助823.6亿元、上年结转支出194.2亿元和调入资金0.9亿元后,财力合计1598.2亿元,当年财力支出1325.6亿元。";

  it("holds on the real texts", () => {
    expect(errors(xizang)).toEqual([]);
    expect(errors(heilongjiang)).toEqual([]);
  });

  it("a changed amount added is found at the total, with the sum (the reason between states no amount)", () => {
    expect(errors(xizang.replace("收入 60 亿元", "收入 80 亿元"))).toEqual([["N.total", "3858.30", "3838.3亿元"]]);
    expect(errors(heilongjiang.replace("资金0.9亿元", "资金2.9亿元"))).toEqual([["N.total", "1600.20", "1598.2亿元"]]);
  });

  it("“加” with no “后” closing its clause adds nothing (“加强管理,合计…” is no addition)", () => {
    expect(errors("全省地方财政收入579.5亿元,加中央结算补助823.6亿元,财力合计1598.2亿元。")).toEqual([]);
  });
});

describe("“2015年预算数A，2016年预算数B，下降p%”: a rate stated with both years' amounts and no change amount", () => {
  const pair = "“三公”经费2015年预算数160万元，2016年预算数50万元，下降68.8%。";

  it("holds when the rate is the two amounts' ratio, in either order of the years", () => {
    expect(errors(pair)).toEqual([]);
    expect(errors("2016年预算8万元,2015年预算12.5万元;减少率35.22%")).toEqual([]);
  });

  it("a rate the two amounts do not give is an error naming the rate", () => {
    expect(errors(pair.replace("68.8%", "58.8%"))).toEqual([["N.growth", "68.75%", "58.8%"]]);
    expect(errors("2016年预算8.00万元,2015年预算12.50万元;减少率45.22%")).toEqual([["N.growth", "36.00%", "45.22%"]]);
  });

  it("says nothing when the two amounts are not one measure, the years not one apart, the direction not the amounts', or a change is stated", () => {
    expect(errors("2015年收入10万元,2016年支出12.5万元,增长35%。")).toEqual([]);
    expect(errors("2014年预算数10万元,2016年预算数12.5万元,增长35%。")).toEqual([]);
    expect(errors("2016年预算8万元,2015年预算12.5万元,增长35%")).toEqual([]);
    expect(errors("2015年预算数10万元,2016年预算数12.5万元,其中接待费增加1万元,增长35%。")).not.toContainEqual(["N.growth", "25.00%", "35%"]);
  });
});

describe("旗 预算执行 wording (乌审旗, 鄂温克): parts in parentheses, a revision, amounts in 亿元 and 万元 in one sum", () => {
  const wushen2022 =
    "上半年,旗本级公共财政预算收入完成19.8亿元(包括苏里格开发区收入2890万元),同比增长18.9%,完成年初目标任务的55.6%,其中税务完成18.96亿元,同比增长36.3%,财政完成8428万元,同比减少69.3%。";
  const wushen2024 = "全旗一般公共预算收入由83.318亿元调整为143.5576亿元,其中:旗本级一般公共预算收入由51.9亿元调整为111.65亿元,调增59.75亿元。";

  it("holds on the real texts: a figure in parentheses is no total of the 其中 after it; a coarse total equal to its parts' rounded sum asks nothing", () => {
    expect(check(wushen2022).filter((f) => f.rule !== "N.digits")).toEqual([]);
    expect(errors(wushen2024)).toEqual([]);
  });

  it("the 其中 parts are judged against the amount outside the parentheses", () => {
    expect(errors(wushen2022.replace("18.96亿元", "20.96亿元"))).toEqual([["N.listSum", "21.80", "19.8亿元"]]);
  });

  it("“由A调整为B,调增C”: A is the value before the revision, C its change, judged as B − A", () => {
    expect(errors(wushen2024.replace("调增59.75", "调增69.75"))).toEqual([["N.difference", "59.75", "69.75亿元"]]);
  });

  it("“实际完成” is the amount the name means: its share is judged", () => {
    const ewenke = "2025年,一般公共预算收入实际完成103,033万元,比上年减少21,029万元,下降16.95%,税收收入完成90,623万元,占一般公共预算收入比重为87.96%。";
    expect(errors(ewenke)).toEqual([]);
    expect(errors(ewenke.replace("90,623", "72,026"))).toEqual([["N.share", "69.91%", "87.96%"]]);
  });
});

describe("“其中:A X亿元,分项目看:a1、a2;B;C”: a view of one part inside a 其中 list is that part's breakdown", () => {
  const wushen =
    "1-6月,全旗一般公共预算收入完成100.03亿元,其中:旗本级一般公共财政预算收入完成75.29亿元(包括苏里格开发区收入1.38亿元),同比增长219.2%,分项目看:税收完成16.81亿元,同比减少17.7%,非税完成58.48亿元,同比增加1757.0%;上级转移支付20.88亿元;债券转贷收入0.48亿元;上年结余3.38亿元。";

  it("holds on the real text: the outer list is 75.29 + 20.88 + 0.48 + 3.38 = 100.03", () => {
    expect(errors(wushen)).toEqual([]);
  });

  it("a changed outer part is found against the total", () => {
    expect(errors(wushen.replace("上年结余3.38", "上年结余33.38"))).not.toEqual([]);
  });

  it("a remark in parentheses opens no list (“专项转移支付(包含中央预算内投资)7836.08亿元” is a part)", () => {
    const transfers = "对地方转移支付89975亿元,增长8.4%。其中,一般性转移支付82138.92亿元,增长8.7%;专项转移支付(包含中央预算内投资)9626.32亿元,增长4.7%。";
    expect(errors(transfers)).not.toEqual([]);
  });
});

describe("a completion whose budget was stated paragraphs earlier (滨江 “为调整预期的100.9%”)", () => {
  const binjiang = [
    "区五届人大常委会第四十四次会议批准调整一般公共预算收入预期数201.02亿元,一般公共预算支出预算数143亿元(其中:区级一般公共预算支出123亿元)。决算情况如下:",
    "1、一般公共预算收入决算情况",
    "地方一般公共预算收入202.89亿元,为调整预期的100.9%,增长11%。地方一般公共预算收入主要项目决算情况为:",
    "增值税65.72亿元,为调整预期的99.8%,增长1.5%;企业所得税45.78亿元,为调整预期的93.1%,增长8.7%。",
  ].join("\n");

  it("holds on the real text: the one earlier budget of the same item and measure is the rate's", () => {
    expect(errors(binjiang)).toEqual([]);
  });

  it("a changed rate is an error naming it; items with no budget of their own stated say nothing", () => {
    expect(errors(binjiang.replace("100.9%", "110.9%"))).toEqual([["N.completion", "100.93%", "110.9%"]]);
    expect(errors(binjiang.replace("99.8%", "89.8%"))).toEqual([]);
  });

  it("two earlier budgets of the item, or another measure, tie nothing", () => {
    const two = binjiang.replace("决算情况如下:", "年初一般公共预算收入预期数190亿元。决算情况如下:").replace("100.9%", "110.9%");
    expect(errors(two.replace("年初一般", "调整一般"))).toEqual([]);
    expect(errors(binjiang.replace("为调整预期的100.9%", "为调整预算的110.9%"))).toEqual([]);
  });
});
