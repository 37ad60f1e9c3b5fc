import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * The wording of s19x's blind rounds (test/fixtures/texts/: news reports of 三公 决算 and 预算 from 北京 陕西 新疆 河南,
 * 全国政府采购): a budget named inside the comparison (“比预算额11.2亿元减少了1.1亿元”), a list's total after it
 * (“分别为A、B、C，总数T”), a breakdown in parentheses (“（含…和…）”), a lower bound (“减少1.8亿多元”), the share list
 * whose one wrong amount its share gives away, and sentences whose year names no figure.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("a budget named inside the comparison is the base the change is measured from", () => {
  const beijing = "去年,北京市级党政机关的三公经费财政拨款支出为10.1亿元,比预算额11.2亿元减少了1.1亿元。";
  const tourism = "2015年“三公”经费财政拨款决算数413.89万元,比年初预算325.55万元增加了88.34万元。";
  const food = "市食药监局2015年“三公”经费财政拨款决算数1848.26万元,比2015年“三公”经费财政拨款年初预算2184.89万元减少336.63万元。";

  it("holds on the real texts", () => {
    expect(check(beijing)).toEqual([]);
    expect(check(tourism)).toEqual([]);
    expect(check(food)).toEqual([]);
  });

  it("a changed amount, base or change is an error at the change: actual − budget", () => {
    expect(errors(beijing.replace("减少了1.1", "减少了3.1"))).toEqual([["N.difference", "1.10", "3.1亿元"]]);
    expect(errors(beijing.replace("11.2亿元", "13.2亿元"))).toEqual([["N.difference", "3.10", "1.1亿元"]]);
    expect(errors(tourism.replace("325.55", "405.84"))).toEqual([["N.difference", "8.05", "88.34"]]);
    expect(errors(food.replace("2184.89", "1880.57"))).toEqual([["N.difference", "32.31", "336.63"]]);
  });

  it("says 实际 and 预算, and leaves the change out of last year's change sums", () => {
    const found = check(beijing.replace("减少了1.1", "减少了3.1")).find((f) => f.rule === "N.difference")!;
    expect(found.message).toContain("实际10.1亿元、预算11.2亿元");
  });

  it("“比如…预算” and last year's budget are no budget base", () => {
    const example = "比如北京市文物局基本支出预算35310.37万元,比2018年增加1852.69万元,增长5.54%。";
    expect(errors(example.replace("1852.69", "1625.43"), 2019)).toEqual([["N.growth", "4.83%", "5.54%"]]);
  });
});

describe("a “其中” sentence breaks down the amount spoken of, not the one it is compared with", () => {
  const car = "公务用车费用7.6亿元,低于预算的8.5亿元。其中车辆购置费2亿元,运行维护费5.6亿元。";

  it("holds, and parts above the amount are an error at it", () => {
    expect(check(car)).toEqual([]);
    expect(errors(car.replace("购置费2亿元", "购置费22亿元"))).toEqual([["N.listSum", "27.60", "7.6亿元"]]);
  });
});

describe("a total named by a total word right after a list of amounts is the list's sum", () => {
  const shaanxi =
    "在10部门中,支出最多的是省交通运输厅,三项支出分别为63.79万元、974.64万元、382.88万元,总数1421.31万元;陕西省行政学院支出最少,支出费用分别是16万元、122万元、26万元,合计164万元。";

  it("holds on the real text", () => {
    expect(check(shaanxi)).toEqual([]);
  });

  it("a changed part or total is an error at the total with the sum", () => {
    expect(errors(shaanxi.replace("382.88", "318.76"))).toEqual([["N.total", "1357.19", "1421.31"]]);
    expect(errors(shaanxi.replace("合计164", "合计184"))).toEqual([["N.total", "164.00", "184"]]);
  });

  it("a total word that does not follow a list ties nothing", () => {
    expect(errors("交通运输厅支出63.79万元,行政学院支出16万元,合计1421.31万元。")).toEqual([]);
  });

  // b5 blind round 1 (广东 省级 2021 预算 图表解读): amounts each of its own name, the last one joined by “以及”
  const guangdong =
    "按照预算法规定,2021年预算年度开始后、预算草案经批准前,提前安排必须支付的部门基本支出、项目支出等164.03亿元,以及对市县转移支付378.22亿元,合计542.25亿元。";

  it("amounts joined by “以及” are a list: the total after them is their sum", () => {
    expect(check(guangdong, 2021)).toEqual([]);
    expect(errors(guangdong.replace("合计542.25", "合计675.75"), 2021)).toEqual([["N.total", "542.25", "675.75亿元"]]);
    expect(errors(guangdong.replace("等164.03", "等199.36"), 2021)).toEqual([["N.total", "577.58", "542.25亿元"]]);
    expect(errors("交通运输厅支出63.79万元,以及行政学院支出16万元,合计1421.31万元。")).toEqual([["N.total", "79.79", "1421.31"]]);
  });
});

describe("“包括” right after an amount opens a list of its parts", () => {
  // b5 blind round 2 (中央部门 2018 三公预算 news): a cut and the cuts it is made of
  const tax = "比如国家税务总局2018年削减“三公”经费预算8552.6万元,包括压缩因公出国(境)费115.14万元、公务用车运行费5078.28万元、公务接待费3359.18万元。";
  // 国家邮政局 2012 决算 news (zy-post-2012-final-news ¶3): a 收入总计 and its “包括:” list adding up to more
  const post =
    "综合数据显示,2012年国家邮政局收入总计71,732.49万元,包括:财政拨款收入60,719.31万元,经营收入468.52万元,其他收入9,544.66万元,上年结转和结余12,381.71万元。";

  it("holds on the real text; parts adding up to more than the amount are an error", () => {
    expect(check(tax, 2018)).toEqual([]);
    expect(errors(tax.replace("3359.18", "4177.99"), 2018)).toEqual([["N.listSum", "9371.41", "8552.6"]]);
    expect(errors(post, 2012)).toEqual([["N.listSum", "83,114.20", "71732.49"]]);
  });

  it("a list below the amount says nothing (a “包括” may name the main parts only)", () => {
    expect(errors(tax.replace("5078.28", "4078.28"), 2018)).toEqual([]);
  });

  it("parts raised and parts cut are a net, not a list (黄江 2022 预算调整)", () => {
    const net = "调增镇本级支出预算1.84亿元,包括调增一般专项支出2.73亿元和基本支出6,038万元、调减基建支出1.49亿元。";
    expect(errors(net, 2022)).toEqual([]);
  });

  it("beside a “其中” the “包括” breaks down a part, as before", () => {
    const car = "“三公”经费预算3000万元,其中:公务接待费140万元,公务用车购置及运行维护费1701.3万元,包括公务用车购置费260万元、公务用车运行维护费1441.3万元。";
    expect(errors(car)).toEqual([]);
    expect(errors(car.replace("1441.3", "1541.3"))).not.toEqual([]);
  });
});

describe("a budget text names the “三公” items as a final-accounts text does", () => {
  // b5 blind round 1 (广东 省级 2021 预算): “因公出国(境)支出”, “公务用车购置及运行维护支出” were 决算 words only
  const guangdong =
    "安排预算部门行政经费79.13亿元,较上年预算负增长37%,占省本级支出的5.4%。其中,“三公”经费4.77亿元,同比减少0.61亿元,负增长11.3%。“三公”经费包括:因公出国(境)支出0.6亿元、公务用车购置及运行维护支出3.3亿元、公务接待费支出0.87亿元。";

  it("holds, and a changed item breaks the 三公 total", () => {
    expect(check(guangdong, 2021)).toEqual([]);
    // the total is told by its own change and rate (0.61 ÷ 5.38 = 11.3%; at 2.77, 18.0%; at 4.37, 12.2%): the items free, a
    // warning at the total; with its change left out, the total is the error as before
    const untold = (t: string) => t.replace(",同比减少0.61亿元,负增长11.3%", "");
    for (const [from, to, sum] of [
      ["支出3.3亿元", "支出1.3亿元", "2.77"],
      ["支出0.6亿元", "支出0.2亿元", "4.37"],
    ]) {
      const changed = guangdong.replace(from, to);
      expect(errors(changed, 2021)).toEqual([]);
      expect(
        check(changed, 2021)
          .filter((f) => f.severity === "warning" && f.rule === "N.total")
          .map((f) => f.actual),
      ).toEqual(["4.77亿元"]);
      expect(errors(untold(changed), 2021)).toEqual([["N.total", sum, "4.77亿元"]]);
    }
  });
});

describe("a breakdown in parentheses names its parts", () => {
  const xinjiang =
    "自治区本级的“三公”经费决算汇总数为8.44亿元。其中,因公出国(境)费用0.28亿元;公务接待费1.68亿元;公务用车购置及运行维护费6.48亿元(含公务用车购置费3.01亿元和公务用车运行维护费3.47亿元)。";

  it("holds, and a changed part is found", () => {
    expect(check(xinjiang)).toEqual([]);
    // “决算汇总数为8.44亿元” is the 三公 total (f1): 0.28 + 1.68 + 6.48 = 8.44 confirms the car line, so the slip is 购置 or 运行 —
    // which of the two is open (culprit.ts): a warning at the car line naming both
    const changed = check(xinjiang.replace("3.01亿元", "3.51亿元"));
    expect(changed.map((f) => [f.severity, f.rule, f.actual])).toEqual([["warning", "N.total", "6.48亿元"]]);
    expect(changed[0].message).toContain("公务用车购置费3.51 + 公务用车运行维护费3.47 = 6.98亿元");
  });
});

describe("a lower bound is no exact figure", () => {
  it("“减少1.8亿多元” against 8.3 − 6.4 = 1.9: nothing to report", () => {
    expect(check("去年的“三公”经费财政拨款决算6.4亿元,比年初预算8.3亿元减少1.8亿多元,下降22.3%。")).toEqual([]);
  });

  it("a bound above the difference is still an error", () => {
    expect(errors("去年的“三公”经费财政拨款决算6.4亿元,比年初预算8.3亿元减少3.8亿多元。").map(([rule]) => rule)).toEqual(["N.difference"]);
  });
});

describe("one wrong amount of a share list of a named whole: the share gives it away", () => {
  const national = "2019年全国政府采购规模为33067.0亿元。中央预算单位、地方预算单位政府采购规模分别为2666.3亿元和30400.7亿元,占全国政府采购规模的8.1%和91.9%。";

  it("holds on the real text", () => {
    expect(check(national)).toEqual([]);
  });

  it("names the amount with its corrected value, not the share", () => {
    expect(errors(national.replace("2666.3", "2890.7"))).toEqual([["N.share", "2666.3亿元", "2890.7亿元"]]);
  });

  it("a share wrong on its own stays the share's finding", () => {
    expect(errors(national.replace("8.1%", "9.1%")).map(([rule, , actual]) => [rule, actual])).toEqual([["N.share", "9.1%"]]);
  });
});

describe("a news report of the following year", () => {
  const henan =
    "去年省级一般公共预算安排的“三公”经费决算支出5亿元,比上年减少3.3亿元,下降39.8%。主要支出情况是:公务用车购置费0.1亿元,下降77.8%;公务用车运行维护费3.3亿元,下降43%;公务接待费0.9亿元,下降37.8%。因公出国(境)费0.7亿元,增长34.9%。";

  it("“去年…比上年” is the sentence's own year: its 三公 total adds up its parts", () => {
    expect(check(henan, 2015)).toEqual([]);
    // the total is told by its own change and rate (3.3 ÷ 8.3 = 39.8%; at 7, 32.0%): the items free, a warning at it (f11)
    const raised = henan.replace("公务接待费0.9", "公务接待费2.9");
    expect(errors(raised, 2015)).toEqual([]);
    expect(
      check(raised, 2015)
        .filter((f) => f.severity === "warning" && f.rule === "N.total")
        .map((f) => f.actual),
    ).toEqual(["5亿元"]);
  });
});

describe("the form of news texts", () => {
  it("a sentence opening with another year that states no figure is no wrong year", () => {
    const history = "2015年“三公”经费决算数413.89万元。而2011年市旅游局在转变成市旅游委后,工作职能也相应发生转变。";
    expect(check(history, 2015).filter((f) => f.rule === "N.year")).toEqual([]);
    expect(check("2015年“三公”经费决算数413.89万元。2014年本单位无因公出国(境)支出。", 2015).map((f) => f.rule)).toEqual(["N.year"]);
  });

  it("a sentence of an earlier year stating only thresholds passed (首破 / 突破) is history (山西 2023, b5 round 4)", () => {
    const shanxi =
      "2020年我省一般公共预算教育支出首破700亿元关口,2022年突破800亿元关口。2023年我省一般公共预算教育支出首次突破900亿元,达到913亿元,比上年增长6%。";
    expect(check(shanxi, 2023).filter((f) => f.rule === "N.year")).toEqual([]);
    expect(check(shanxi.replace("首破700亿元关口", "700亿元"), 2023).map((f) => f.rule)).toEqual(["N.year"]);
  });

  it("a fraction is no percentage without its %", () => {
    expect(check("总体来看,公车支出占三公支出总额的3/4。").filter((f) => f.rule === "N.percentSign")).toEqual([]);
  });

  it("a year after “继” is a history's start, not the sentence's subject (“全区收入规模继2010年突破1000亿元,…2023年首次突破3000亿元”)", () => {
    const history = "2023年,内蒙古一般公共预算收入3083.4亿元。全区收入规模继2010年突破1000亿元,2019年突破2000亿元后,2023年首次突破3000亿元。";
    expect(check(history, 2023).filter((f) => f.rule === "N.year")).toEqual([]);
  });

  it("a year followed by “开始” / “起” is where a history starts (“2013年开始,部属高校公开部门预算”, m14 blind round)", () => {
    const { text, year } = corpusText("zy-moe-universities-2018-budget-xinjingbao-b");
    expect(check(text, year).filter((f) => f.rule === "N.year")).toEqual([]);
    expect(check(text.replace("2013年开始,,", "2013年度"), year).map((f) => [f.rule, f.actual])).toEqual([["N.year", "2013年度"]]);
  });

  it("a reposted page's traditional counters (“下降1.5個百分點”) make the number no percentage either (s19u blind round 2)", () => {
    const hainan = "地方一般預算支出484.5億元,比上年增支126.5億元。金融機構存、貸款分別增長35%和40.1%,不良貸款率下降1.5個百分點。";
    expect(check(hainan, 2009).filter((f) => f.rule === "N.percentSign")).toEqual([]);
    expect(check("不良贷款率下降1.5。", 2009).map((f) => f.rule)).toEqual(["N.percentSign"]);
  });

  it("a count after “占” is no percentage: “东部高校占8席” (zy-moe-universities-2018-budget-xinjingbao ¶6, m14 blind round)", () => {
    const seats = "从地域来看,东部高校占优,预算总数排名前十的高校,东部高校占8席,华中科技、武大是跻身前十的中西部部属高校。";
    expect(check(seats, 2018).filter((f) => f.rule === "N.percentSign")).toEqual([]);
    expect(check(seats.replace("占8席", "占8"), 2018).map((f) => [f.rule, f.expected])).toEqual([["N.percentSign", "8%"]]);
  });

  it("a number broken by a space before its decimal point (“下降50 .9%”) is half a number: no % asked for it (sfin6)", () => {
    // gd-guangzhou-huangpu-2013-final-sangong ¶2
    const huangpu = "公务接待费554万元,占“三公”经费总额12.3%,同比减少574万元,下降50 .9%。";
    expect(check(huangpu, 2013).filter((f) => f.rule === "N.percentSign")).toEqual([]);
    expect(check("区国资局决算支出8 .69万元,比上年减少18 .44万元,下降68 .5。", 2013).filter((f) => f.rule === "N.percentSign")).toEqual([]);
    expect(check(huangpu.replace("50 .9%", "50"), 2013).map((f) => [f.rule, f.expected])).toEqual([["N.percentSign", "50%"]]);
  });
});

describe("round 2 wording (周至 2023 预算执行, 中央 三公 reports)", () => {
  const zhouzhi =
    "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。其中:民生支出463744万元,民生支出占一般公共预算支出的86.3%。";

  it("a share whose words name its amount again (“民生支出…，民生支出占…的86.3%”) is that amount's share", () => {
    expect(check(zhouzhi)).toEqual([]);
    expect(errors(zhouzhi.replace("463744", "420687"))).toEqual([["N.share", "78.29%", "86.3%"]]);
  });

  it("the share's words must name the amount before it: a part stated elsewhere is not guessed", () => {
    expect(errors("县级一般公共预算收入31751万元,较上年28899万元增长9.9%,税收收入占县级一般公共预算收入的47.7%。")).toEqual([]);
  });

  // ¶1 of test/fixtures/texts/sn-zhouzhi-2023-budget-execution.txt, and its 县级 sentence with its 税收 / 非税 (¶2–¶3) as a list
  const zhouzhiRevenue =
    "全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%,税收收入占县级一般公共预算收入的57.7%,加上上划中省市收入29318万元,全县财政总收入61069万元,较上年53169万元增长14.9%。";
  const zhouzhiList = "全年县级一般公共预算收入31751万元,较上年28899万元增长9.9%。其中:税收收入18319万元,非税收入13432万元。";

  it("a total whose rate against a stated prior breaks as printed and holds at its parts' sum is that sum: one error (#19)", () => {
    expect(check(zhouzhiRevenue, 2023)).toEqual([]);
    // 31751 + 29318 = 61069; “较上年53169万元增长14.9%” breaks at 70040 (31.73%) and holds at 61069 (14.86%): the total is the
    // slip, read at 61069 by the rate after it — no second error at the right 14.9%
    const typed = check(zhouzhiRevenue.replace("61069", "70040"), 2023);
    expect(typed.map((f) => [f.rule, f.severity, f.expected ?? null, f.actual])).toEqual([["N.total", "error", "61069.00", "70040"]]);
    const list = check(zhouzhiList.replace("31751", "35751"), 2023);
    expect(list.map((f) => [f.rule, f.severity, f.expected ?? null, f.actual])).toEqual([["N.listSum", "error", "31751.00", "35751"]]);
  });

  it("a total whose rate against a stated prior holds as printed and breaks at its parts' sum is confirmed: no error at it (#19)", () => {
    expect(check(zhouzhiList, 2023)).toEqual([]);
    // 22319 + 13432 = 35751 above 31751; 31751 ÷ 28899 − 1 = 9.87% holds, at 35751 it is 23.71%: the total stands, and
    // neither part has a relation of its own — a warning naming both, never an error at 31751
    const typed = check(zhouzhiList.replace("18319", "22319"), 2023);
    expect(typed.map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.listSum", "warning", "31751"]]);
    expect(typed[0].headline).toContain("与同句所写“全年县级一般公共预算收入31751万元,较上年28899万元增长9.9%”相符");
    expect(typed[0].headline).toContain("请核对税收收入、非税收入");
  });

  const central2015 =
    "报告显示,2015年中央行政事业单位财政拨款的“三公”经费支出合计53.73亿元,比预算数减少9.43亿元。“三公”经费中,因公出国(境)经费17.44亿元,比预算数减少1.94亿元;公务用车购置及运行费30.87亿元,减少3.72亿元;公务接待费5.42亿元,减少3.77亿元。";
  const central2013 = "2013年中央本级“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元,公务用车购置及运行费43.99亿元,公务接待费14.34亿元。";

  it("“…财政拨款的“三公”经费支出合计” and “三公经费” in quotes either way name the 三公 total", () => {
    expect(check(central2015, 2015)).toEqual([]);
    expect(errors(central2015.replace("5.42亿元", "4.13亿元"), 2015)).toEqual([["N.total", "52.44", "53.73亿元"]]);
    expect(check(central2013, 2013)).toEqual([]);
    expect(errors(central2013.replace("43.99", "54.36"), 2013)).toEqual([["N.total", "90.06", "79.69亿元"]]);
  });

  it("“比去年年初预算减少…，下降…” is the change of the amount before it", () => {
    const central2014 = "2014年中央本级“三公”经费财政拨款预算71.51亿元,这一数据比去年执行数略有下降,比去年年初预算减少8.18亿元,下降10.3%。";
    expect(check(central2014, 2014)).toEqual([]);
    expect(errors(central2014.replace("10.3%", "13.3%"), 2014)).toEqual([["N.growth", "10.26%", "13.3%"]]);
  });

  it("a text that reports spending against the budget is read as a 决算 text, even without the word", () => {
    const mlr =
      "数据显示,财政部批复国土资源部 2011 年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,比预算减少250.71万元。(1)因公出国(境)费1,139.76万元。(2)公务用车购置及运行费 1,177.45 万元。(3)公务接待费1,218.57万元。";
    expect(errors(mlr, 2011)).toEqual([]);
  });
});

describe("round 3 wording (留坝县 1–5月, 滨海新区 预算执行)", () => {
  it("the budget inside “占年初预算X万元的p%” is no “其中” list's total, and the next clause's amounts are no parts", () => {
    const liuba =
      "1-5月,全县完成政府性基金收入969万元,占年初预算2180万元的44.5%,同比下降14.6%,其中国有土地使用权出让收入866万元,城市基础设施配套费收入35万元,污水处理费收入68万元;完成政府性基金支出4093万元,占年初预算5497万元的74.5%,同比下降78.5%。";
    expect(errors(liuba, 2024)).toEqual([]);
  });

  it("“税收占比p%” in a “其中” sentence is the share of its part in the amount broken down", () => {
    const binhai = "2025年一般公共预算收入633.8亿元,增长6.3%,完成预算102.1%。其中,税收收入515.4亿元,增长2%,税收占比81.3%。";
    expect(check(binhai, 2025)).toEqual([]);
    expect(errors(binhai.replace("81.3%", "89.8%"), 2025)).toEqual([["N.share", "81.32%", "89.8%"]]);
  });
});

describe("a “其中” list whose parts each state their own budget, as the total does", () => {
  const liuba =
    "1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。其中:税收收入3511万元,占年初预算8465万元的41.5%,同比下降5.2%;非税收入837万元,占年初预算1600万元的52.3%,同比下降11.7%。";

  it("holds on the real text", () => {
    expect(check(liuba, 2024)).toEqual([]);
  });

  it("the parts' budgets above the total's budget name no total its completion confirms; the amounts are checked as before", () => {
    // the changed budget's own rate (“占年初预算9183万元的41.5%”: 3511 ÷ 9183) is read as its completion; 9183 + 1600 = 10783
    // is above 10065, but 4348 ÷ 10065 = 43.20% holds as printed and breaks at 10783 (40.32%): the total's budget stands, and
    // the list (其中: it may leave parts out) never names 10065 (#19); since f27 (culprit.ts) 1600's completion 52.3% holds as
    // printed and breaks at its most 10065 − 9183 = 882 (94.90%), so 1600 stands and 9183 is the one part left: named, at most
    // 8465 — its own completion error 41.5% (3511 ÷ 9183 = 38.23%) is the same slip, no second finding
    const planted = check(liuba.replace("8465", "9183"), 2024);
    expect(planted.filter((f) => f.severity === "error").map((f) => [f.rule, f.expected ?? null, f.actual])).toEqual([["N.listSum", null, "9183"]]);
    const list = planted.filter((f) => f.rule === "N.listSum");
    expect(list[0].message).toContain("占年初预算应不超过8465万元，文中写9183万元");
    expect(list[0].message).toContain("与同句所写“全县完成财政总收入4348万元,占年初预算10065万元的43.2%”相符");
    // 4348 is confirmed by its completion of the stated 10065 (43.2%), 837 by its own of 1600 (52.3%): the list names no
    // total but 税收, the one part that can be the slip — at most 4348 − 837 = 3511 (the list may leave parts out, so no
    // value is given: f11); its own completion “占年初预算8465万元的41.5%” holds there (3511 ÷ 8465 = 41.48%): the same slip,
    // no second finding (#19)
    const raised = liuba.replace("3511", "4511");
    expect(check(raised, 2024).map((f) => [f.rule, f.severity, f.expected ?? null, f.actual])).toEqual([["N.listSum", "error", null, "4511"]]);
    expect(check(raised, 2024).find((f) => f.rule === "N.listSum")?.headline).toContain("应不超过3511万元");
  });

  it("a part without its own budget leaves the budgets unread", () => {
    // no sum of budgets; the changed budget's own rate is still its completion
    expect(errors(liuba.replace(",占年初预算1600万元的52.3%", "").replace("8465", "9183"), 2024)).toEqual([["N.completion", "38.23%", "41.5%"]]);
  });
});

describe("round 5 wording (内蒙古 2011, 2017, 2024)", () => {
  it("“比上年同期增加…，增长…” is the change of the amount before it", () => {
    const h1 = "今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。";
    expect(check(h1, 2011)).toEqual([]);
    expect(errors(h1.replace("34.4%", "37.4%"), 2011)).toEqual([["N.growth", "34.37%", "37.4%"]]);
  });

  it("a sentence opening with the whole's name and “中，” breaks that whole down", () => {
    const transfers =
      "2017年,自治区下达盟市各类补助资金2207.3亿元,增长7.9%。下达盟市各类补助资金中,返还性资金和一般性转移支付资金1151.8亿元,专项转移支付资金1055.5亿元。";
    expect(check(transfers, 2017)).toEqual([]);
    expect(errors(transfers.replace("1151.8", "1327.5"), 2017)).toEqual([["N.listSum", "2383.00", "2207.3亿元"]]);
    // the whole named before “中，” must be the amount's own: another whole's name ties nothing
    expect(errors(transfers.replace("下达盟市各类补助资金中", "专项资金中").replace("1151.8", "1327.5"), 2017)).toEqual([]);
  });
});

describe("a change measured from last month's amount stated with it (安徽 各市 1-10月 财政收入)", () => {
  const gap = "1-10份两者差距已被拉大到了478.6亿元,较上个月的424.4亿元增加了54.2亿元";

  it("holds on the real text", () => {
    expect(check(gap, 2024)).toEqual([]);
  });

  it("a changed amount, prior or change is an error at the change, said as 本期 and 上期", () => {
    expect(errors(gap.replace("478.6", "523.7"), 2024)).toEqual([["N.difference", "99.30", "54.2亿元"]]);
    expect(errors(gap.replace("424.4", "442.4"), 2024)).toEqual([["N.difference", "36.20", "54.2亿元"]]);
    expect(check(gap.replace("54.2", "45.2"), 2024).find((f) => f.rule === "N.difference")!.message).toContain("本期478.6亿元、上期424.4亿元");
  });
});

describe("a heading that is a unit's name alone makes the paragraphs under it that unit's (sfin1 blind round: 济宁 2017)", () => {
  const jining = (police: string) =>
    [
      "2017年 我市公务用车购置及运行维护费3371.9万元 其中,公务用车购置费 232万元 公务用车运行维护费 3139.9万元 比2016年减少1097.7万元,下降24.6%。",
      "市公安局",
      `公务用车购置及运行费为${police}万元,比2016年减少了455.96万元。`,
      "其中,公务用车购置费 0万元;公务用车运行维护费 1124.05万元。",
    ].join("\n");

  it("the bureau's total is no sum of the city's parts stated above its heading", () => {
    expect(errors(jining("1124.05"), 2017)).toEqual([]);
  });

  it("the bureau's own parts under its heading still make its total", () => {
    expect(errors(jining("1224.05"), 2017)).toEqual([["N.total", "1124.05", "1224.05"]]);
  });

  it("without the heading the city's parts are the total's: a finding names it — a warning, its own “其中” (0 + 1124.05) adding up (f31)", () => {
    const alone = jining("1124.05").replace("市公安局\n", "");
    expect(errors(alone, 2017)).toEqual([]);
    expect(
      check(alone, 2017)
        .filter((f) => f.severity === "warning")
        .map((f) => [f.rule, f.actual]),
    ).toEqual([["N.total", "1124.05"]]);
  });
});

describe("a share's whole named in words and stated for two periods or scopes elsewhere is in doubt", () => {
  const months = "1月至5月,山西省财政总收入累计完成979.88亿元,同比增长32.06%。";
  const month = "5月份,全省财政总收入完成196.64亿元,同比增长37.31%。";
  const share = "全省全口径税收收入完成847.64亿元,占财政总收入的86.5%,较上年同期增收210.54亿元。";

  it("holds on the real text: the 1–5月 979.88 or the month's 196.64 — the words do not say which", () => {
    expect(errors([months, month, share].join("\n"))).toEqual([]);
  });

  it("a whole stated once is still the share's whole, and a share off against it an error", () => {
    expect(errors([month, share].join("\n"))).toEqual([["N.share", "431.06%", "86.5%"]]);
  });
});

describe("a news report on “去年” measuring it “比前年”: comparison words that name no figure", () => {
  // the wording of sd-province-2010-procurement ¶3, with figures of its own: 212.4 ÷ (782.6 − 212.4) = 37.25%
  const works = (amount: string, rate: string) => `去年,全省共完成货物类政府采购${amount}亿元,比前年增加212.4亿元,增长${rate}%,占全部采购额的40.1%。`;

  it("the true figures: silent", () => {
    expect(errors(works("782.6", "37.2"), 2023)).toEqual([]);
  });

  it("the rate or the amount altered: the rate is found", () => {
    expect(errors(works("782.6", "39.2"), 2023)).toEqual([["N.growth", "37.25%", "39.2%"]]);
    expect(errors(works("712.6", "37.2"), 2023)).toEqual([["N.growth", "42.46%", "37.2%"]]);
  });
});

describe("an item's name after a sentence's linking “而” (东莞 2016 市本级 三公 决算 news)", () => {
  // gd-dongguan-2016-final-sangong, each item in its own paragraph after the total: 1113.81 + 1468.93 + 4764.78 + 2267.61 =
  // 9615.13 against the total 9615.12, and the cuts 266.46 + 17.53 + 1290.5 + 2312.99 = 3887.48 against 3887.49 (tails)
  const total = (words: string) => `数据显示,2016年市本级${words}。`;
  const stated = "“三公”支出合计为9615.12万元,完成年初预算71.21%,比年初预算减少3887.49万元";
  const items = [
    "据市财政局介绍,2016年,因公出国(境)经费支出1113.81万元,完成年初预算80.7%,比年初预算减少266.46万元,变动的主要原因是:部分单位取消了因公出国活动安排。",
    "而公务用车购置费支出1468.93万元,完成年初预算98.82%,比年初预算减少17.53万元,变动的主要原因是:个别单位公车购置数量减少。",
    "公务用车运行维护费支出4764.78万元,完成年初预算78.69%,比年初预算减少1290.5万元,变动的主要原因是:全市核定留用车辆数有所减少。",
    "此外,公务接待费支出2267.61万元,完成年初预算49.5%,比年初预算减少2312.99万元,变动的主要原因是:公务接待次数少于预期。",
  ];
  const text = (head: string, parts = items) => [total(head), ...parts].join("\n");
  const tails = (t: string) =>
    check(t, 2016)
      .filter((f) => f.severity === "warning")
      .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

  it("holds on the real text; the two tails are told as such", () => {
    expect(errors(text(stated), 2016)).toEqual([]);
    expect(tails(text(stated))).toEqual([
      ["N.total", "9615.13", "9615.12"],
      ["N.changeSum", "减少3887.48万元", "减少3887.49万元"],
    ]);
  });

  it("the total altered is an error at it, with its cut or without", () => {
    // its completion of the budget its cut implies breaks too (9915.12 ÷ (9915.12 + 3887.49) = 71.84%) and holds at its parts'
    // 9615.13 (71.21%): one slip, one finding at the total (f11; f6 named the rate beside it)
    expect(errors(text(stated.replace("9615.12", "9915.12")), 2016)).toEqual([["N.total", "9615.13", "9915.12"]]);
    expect(errors(text("“三公”支出合计为9915.12万元"), 2016)).toEqual([["N.total", "9615.13", "9915.12"]]);
  });

  it("a 三公 total named “经费决算支出合计” before its items is summed the same", () => {
    expect(errors(text("“三公”经费决算支出合计为9915.12万元。其中:"), 2016)).toEqual([["N.total", "9615.13", "9915.12"]]);
  });

  it("the item after “而” altered: the sum names it with its value", () => {
    // f6: its own completion (98.82% of 1468.93 + 17.53) holds only at the total less the other items, 1468.92 — the item is
    // the slip, not the total
    const altered = items.map((p) => p.replace("1468.93", "1968.93"));
    const found = check(text(stated, altered), 2016).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.total", "1468.92", "1968.93"]]);
    expect(found[0].message).toContain("公务用车购置费支出1968.93");
    expect(found[0].message).toContain("完成预算比例相符");
  });
});

describe("a completion whose budget only the cut against it gives (东莞 2016 市本级 三公 决算 news)", () => {
  // gd-dongguan-2016-final-sangong ¶2: 年初预算 = 1113.81 + 266.46 = 1380.27; 1113.81 ÷ 1380.27 = 80.70%
  const abroad =
    "据市财政局介绍,2016年,因公出国(境)经费支出1113.81万元,完成年初预算80.7%,比年初预算减少266.46万元,变动的主要原因是:部分单位取消了因公出国活动安排,因公出国(境)计划当年未能实施,相应经费支出下降。";

  it("holds on the real sentence", () => {
    expect(check(abroad, 2016)).toEqual([]);
  });

  it("the rate altered is an error naming it, with the budget A + C", () => {
    const found = check(abroad.replace("80.7%", "86.7%"), 2016).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.completion", "80.70%", "86.7%"]]);
    expect(found[0].message).toContain("年初预算 = 1113.81 + 266.46 = 1380.27万元");
  });

  it("the cut altered breaks the rate too; an overspend is A − C", () => {
    expect(errors(abroad.replace("266.46", "466.46"), 2016)).toEqual([["N.completion", "70.48%", "80.7%"]]);
    const over = "公务接待费支出110万元,完成年初预算110%,比年初预算增加10万元。";
    expect(check(over, 2016)).toEqual([]);
    expect(errors(over.replace("110%", "105%"), 2016)).toEqual([["N.completion", "110.00%", "105%"]]);
  });

  it("a cut against another budget than the rate names ties nothing", () => {
    expect(check(abroad.replace("80.7%", "86.7%").replace("比年初预算减少", "比调整预算减少"), 2016).filter((f) => f.severity === "error")).toEqual([]);
    expect(check(abroad.replace("80.7%", "86.7%").replace("比年初预算减少", "比上年减少"), 2016).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a reposting site's words for a fall, and a change named as this year's", () => {
  const fall = (total: string) =>
    `公务接待、公务用车费用和因公出国(境)费预算总额为${total}万元,比2015年预算减少2320万元,降落20.1%。其中,与2015年相比,今年公务接待预算减少775万元,降落幅度达25.0%。`;
  const hosting = (change: string) =>
    `在今年济宁市本级布置的9247万元“三公经费”预算中,公务接待预算为2327万元,在总额中占比25.2%。与2015年相比,今年公务接待预算减少了${change}万元,降落幅度达25.0%。`;

  it("“降落” is the rate of a fall (下降)", () => {
    expect(errors(fall("9247"), 2016)).toEqual([]);
    expect(errors(fall("7167"), 2016)).toEqual([["N.growth", "24.45%", "20.1%"]]);
  });

  it("“今年公务接待预算减少…” is the change of the 公务接待预算 the sentence before states", () => {
    expect(errors(hosting("775"), 2016)).toEqual([]);
    expect(errors(hosting("615"), 2016)).toEqual([["N.growth", "20.90%", "25.0%"]]);
  });
});

describe("a series of years, each amount with its change on the year before (中央 “三公” 2016 news)", () => {
  const series = (amount: string) =>
    `该项支出已实现“五连降”:2012年支出合计74.25亿元,较上一年减少逾两成;2013年支出合计70.15亿元,较上一年减少4.1亿元;2014年支出合计${amount}亿元,较上一年减少11.35亿元;2015年支出合计53.73亿元,较上一年减少5.07亿元;2016年支出合计48.25亿元,较上一年减少5.48亿元。`;

  it("holds on the real text", () => {
    expect(errors(series("58.8"), 2016)).toEqual([]);
  });

  it("a year's amount altered breaks its own change and the next year's", () => {
    expect(errors(series("51.7"), 2016)).toEqual([
      ["N.difference", "18.45", "11.35亿元"],
      ["N.difference", "增加2.03亿元", "5.07亿元"],
    ]);
  });
});

describe("“占到…的” says “占…的” (m9: 西安 2015 1–4月, test/fixtures/texts/sn-xian-2015-revenue-apr.txt)", () => {
  const xian =
    "一般公共预算支出251.1亿元,增长15.6%,增速环比一季度加快13.4个百分点,完成全年预算的34.8%。其中,民生支出208.83亿元,增长20.4%,占到一般公共预算支出的83.2%。";

  it("holds on the real wording (208.83 ÷ 251.1 = 83.17%)", () => {
    expect(errors(xian, 2015)).toEqual([]);
  });

  it("a share that is not the part's of the whole it names is an error", () => {
    expect(errors(xian.replace("83.2%", "88.2%"), 2015)).toEqual([["N.share", "83.17%", "88.2%"]]);
  });
});
