import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { findLeftovers } from "../../../src/core/text/leftovers";

/**
 * Wording of the blind round s19z-5 (test/fixtures/texts/: 三亚 and 海南 2020, 滨海 2023, 保山 2019, 马关 2021): a chain of
 * amounts added and taken away after “加上” with its stated total, the balance “收支相抵” of the two totals before it,
 * 增 / 减 alone as change words, the template's “增(减)” and a list numbered “１．”.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“加上A，B，减C…总收入T”: a signed chain against its stated total", () => {
  const binhai = (total: string) =>
    `2025年政府性基金预算收入125.2亿元,下降6.9%。加上级转移支付等收入16.7亿元,上年结余97.5亿元,专项债务228.1亿元,调入资金等17.1亿元,减债务还本支出2.3亿元,预算总收入${total}亿元。`;

  it("holds when the amounts taken away are subtracted", () => {
    expect(errors(binhai("482.3"), 2025)).toEqual([]);
  });

  it("a total that only adds them up is an error naming the total", () => {
    expect(errors(binhai("486.9"), 2025)).toEqual([["N.total", "482.30", "486.9亿元"]]);
  });

  it("“总收入” closes the chain after “完成预算的…，同比增长…”", () => {
    const sanya = (added: string) =>
      `全市地方一般公共预算收入1,104,102万元,完成预算的95.0%,同比增长1.2%,加上上级补助收入(转移性收入)${added}万元、债务转贷收入276,000万元、动用预算稳定调节基金377,183万元、调入资金37,319万元,全市地方一般公共预算总收入2,686,338万元。`;
    expect(errors(sanya("891,734"), 2020)).toEqual([]);
    expect(errors(sanya("683,290"), 2020)).toEqual([["N.total", "2,477,894.00", "2686338"]]);
  });

  it("a change inside the chain (“调出资金增加10,239万元”) leaves it unread", () => {
    const spending =
      "全市地方一般公共预算支出1,996,786万元,加上上解上级支出98,524万元、债务还本支出195,664万元,调出资金增加10,239万元,按规定安排预算稳定调节基金385,123万元,全市地方一般公共预算总支出2,686,338万元。";
    expect(check(spending, 2020).filter((f) => f.rule === "N.total")).toEqual([]);
  });

  it("“减A，B”: whether B is taken away too is not said, so nothing is judged", () => {
    const sticky = "新区一般公共预算收入505.4亿元,加上上级财政转移支付收入262.6亿元,减上解市级支出53亿元,调出资金等4.9亿元,收入总计700亿元。";
    expect(check(sticky, 2022).filter((f) => f.rule === "N.total")).toEqual([]);
  });
});

describe("“收支相抵，结余R”: the income total less the spending total of the two sentences before", () => {
  const hainan = (balance: string) =>
    `全省地方一般公共预算收入816.1亿元,加上债务收入268.7亿元、中央补助收入999.5亿元,收入总计2084.3亿元。全省地方一般公共预算支出1973.9亿元,加上债务还本支出100亿元,支出总计2073.9亿元。收支相抵,年终结余结转${balance}。`;

  it("holds within one paragraph", () => {
    expect(errors(hainan("10.4亿元"), 2020)).toEqual([]);
  });

  it("a wrong balance is an error naming it", () => {
    expect(errors(hainan("16.4亿元"), 2020)).toEqual([["N.total", "10.40", "16.4亿元"]]);
  });

  it("across paragraphs, and “预算总收入减去支出” names one amount of spending", () => {
    const paragraphs = [
      "全市地方政府性基金收入1,102,055万元,加上上级补助收入234,533万元、债务转贷收入704,000万元、调入资金10,241万元、上年结余33,630万元,全市地方政府性基金总收入2,084,459万元。",
      "全市地方政府性基金支出1,896,800万元,加上调出资金36,469万元,债务还本支出93,505万元,全市地方政府性基金总支出2,026,774万元。",
      "收支相抵后,政府性基金结余50,685万元。",
    ].join("\n");
    expect(errors(paragraphs, 2020)).toEqual([["N.total", "57,685.00", "50685"]]);
    const named =
      "2023年一般公共预算收入565.4亿元,增长11.9%。预计加上级转移支付等收入115.5亿元,上年结余46.5亿元,一般债务54.4亿元,调入资金等37.8亿元,预算总收入819.6亿元。一般公共预算支出764.4亿元,增长11.7%。预算总收入减去支出,一般公共预算结余50.2亿元,全部为结转项目资金。";
    expect(errors(named, 2023)).toEqual([["N.total", "55.20", "50.2亿元"]]);
  });

  it("a balance after a sentence that is not a stated total says nothing", () => {
    const loose = "全省收入816.1亿元,加上债务收入268.7亿元,收入总计1084.8亿元。全省支出1000亿元,增长6.2%。收支相抵,年终结余结转50亿元。";
    expect(errors(loose, 2020)).toEqual([]);
  });

  describe("“收入总量减去支出总量后,结转资金C”: the balance names both totals it takes", () => {
    // the wording of sc-province-2014-final-sangong ¶4, with figures of its own: 5120.6 − 4893.8 = 226.8
    const named = (income: string, carried: string) =>
      `全市一般公共预算收入912亿元,收入总量为${income}亿元。全市一般公共预算支出988.5亿元,支出总量为4893.8亿元。收入总量减去支出总量后,结转资金${carried}亿元。`;

    it("the true figures: silent", () => {
      expect(errors(named("5120.6", "226.8"), 2023)).toEqual([]);
    });

    it("the balance or a total altered: an error naming the balance", () => {
      expect(errors(named("5120.6", "246.8"), 2023)).toEqual([["N.total", "226.80", "246.8亿元"]]);
      expect(errors(named("5150.6", "226.8"), 2023)).toEqual([["N.total", "256.80", "226.8亿元"]]);
    });

    it("the names tie one amount each, also where a longer name ends with them (“全市收入总计”)", () => {
      const longer = "全市收入总计4746.7亿元。全市支出总计4528.3亿元。收入总计减去支出总计,结转资金238.4亿元。";
      expect(errors(longer, 2023)).toEqual([["N.total", "218.40", "238.4亿元"]]);
    });

    it("two amounts bearing one of the names: which is meant is in doubt, nothing is judged", () => {
      const two = "全市收入总计4746.7亿元,市级收入总计1000亿元。全市支出总计4528.3亿元。收入总计减去支出总计,结转资金238.4亿元。";
      expect(errors(two, 2023)).toEqual([]);
    });
  });
});

describe("增 / 减 alone are change words; “增(减)0元” is a template leftover", () => {
  const baoshan =
    "安排公务用车运行维护及购置费325000元,比上年预算增72000元,同比增长28.46%,其中:公务用车购置费0元,增(减)0元,同比增长(下降)0%;公务用车运行维护费325000元,增72000元,同比增长28.46%。";

  it("a change written “增72000元” is no part of the “其中” list, and its rate is checked", () => {
    expect(errors(baoshan, 2019).filter(([rule]) => rule !== "N.leftover")).toEqual([]);
    expect(errors(baoshan.replace("比上年预算增72000元", "比上年预算增62000元"), 2019).filter(([rule]) => rule === "N.growth")).toEqual([
      ["N.growth", "23.57%", "28.46%"],
    ]);
  });

  it("“增(减)” before a figure is a leftover; heading a table column (“增(减)额”) it is a name", () => {
    expect(findLeftovers("公务用车购置费0元,增(减)0元,同比增长(下降)0%").map((l) => l.text)).toEqual(["增(减)", "增长(下降)"]);
    expect(findLeftovers("比上年增（减）额")).toEqual([]);
    expect(findLeftovers("增(减)%")).toEqual([]);
  });
});

describe("template alternatives without their brackets (s19t blind round 1: 柳州 六座中心校, 四川 单位决算)", () => {
  const liuzuo = "项目支出预算448万元,占支出总预算的38.70%,同比减少594万元,同比增长下降57%。";

  it("“同比增长下降57%” is a leftover, and its rate is judged both ways (no direction error)", () => {
    expect(errors(liuzuo, 2023)).toEqual([["N.leftover", null, "增长下降"]]);
    // 94 ÷ (448 + 94) = 17.34% down, 94 ÷ (448 − 94) = 26.55% up: 50% fits neither
    const neither = liuzuo.replace("减少594万元", "减少94万元").replace("57%", "50%");
    expect(errors(neither, 2023).map(([rule]) => rule)).toEqual(expect.arrayContaining(["N.growth", "N.leftover"]));
    expect(errors(liuzuo.replace("减少594万元", "减少94万元").replace("57%", "17.34%"), 2023).map(([rule]) => rule)).toEqual(["N.leftover"]);
  });

  it("“增加/减少0万元,增长/下降0%” (sfin2 blind round: 鼓楼街道 2018): the slash form is judged both ways too — leftovers, no direction error", () => {
    const gulou = "公务接待费支出决算为0万元,比上年增加/减少0万元,增长/下降0%。";
    expect(errors(gulou, 2018)).toEqual([
      ["N.leftover", null, "增加/减少"],
      ["N.leftover", null, "增长/下降"],
    ]);
  });

  it("two directions side by side are a leftover only before a figure; “(或…)” offering a direction is one", () => {
    expect(findLeftovers("同比增长下降57%,减少增加 0.5万元").map((l) => l.text)).toEqual(["增长下降", "减少增加"]);
    expect(findLeftovers("增速由增长转为下降,由下降转为增长")).toEqual([]);
    expect(findLeftovers("决算数小于预算数(或与预算数持平)的主要原因是公务用车年久失修。").map((l) => l.text)).toEqual(["(或与预算数持平)"]);
    expect(findLeftovers("因公出国(境)费用,办公设备(或家具)购置")).toEqual([]);
    expect(findLeftovers("按功能分类科目,********支出2万元,＊＊＊＊款支出0万元;经办人张**").map((l) => l.text)).toEqual(["********", "＊＊＊＊"]);
  });
});

describe("bare shares after words naming a whole whose every part the list names (s19t blind round 1: 四川 单位决算)", () => {
  const sangong =
    "2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算1.4万元,占0.02%;公务接待费支出决算0.28万元,占0.95%。";

  it("one share off while another of a part above 0 holds is the slip: 0.28 ÷ 1.68 = 16.67%", () => {
    expect(errors(sangong.replace("0.02%", "83.33%"), 2023)).toEqual([["N.share", "16.67%", "0.95%"]]);
    expect(errors(sangong.replace("0.02%", "83.33%").replace("0.95%", "16.67%"), 2023)).toEqual([]);
  });

  it("both shares off (the text as published) leaves open whether a share or an amount is the slip: no error", () => {
    expect(errors(sangong, 2023)).toEqual([]);
  });

  it("words naming no known whole, or a list missing a part, say nothing of the whole", () => {
    expect(errors(sangong.replace("“三公”经费财政拨款支出决算中", "各项支出中"), 2023)).toEqual([]);
    expect(errors(sangong.replace("因公出国(境)费支出决算0万元,占0%;", ""), 2023)).toEqual([]);
  });
});

describe("a “其中” list numbered “１．” one item a line is read as “1.”", () => {
  it("finds the listed items above their total", () => {
    const maguan = ["收入总计为457.8161万元,其中:", "１．财政拨款收入364.6552万元。", "２．事业收入93.1608万元。", "３．上年结转和结余5.9219万元。"].join("\n");
    expect(errors(maguan, 2021).map(([rule, , actual]) => [rule, actual])).toEqual([["N.listSum", "457.8161"]]);
  });
});

describe("round s19z-6 wording: a remark in parentheses, “支出总额”, shares of parts only", () => {
  const yibin = (car: string) =>
    [
      "2017年市本级部门使用财政拨款安排 “三公”经费支出总额为3825万元,比预算数减少1188万元,下降23.70%。",
      "2017年因公出国(境)费99万元,比预算数减少31万元。",
      "2017年公务接待费1014万元, 比预算数减少1050万元。",
      `2017年公务用车购置及运行维护费2712万元(其中:公务用车购置费0万元,公务用车运行维护费2712万元),比预算数减少${car}万元。`,
    ].join("\n");

  it("a change after a parenthesised 其中 is of the amount before the parentheses: the parts' changes add up to the total's", () => {
    expect(errors(yibin("107"), 2017)).toEqual([]);
    expect(errors(yibin("307"), 2017)).toEqual([["N.changeSum", "减少1388万元", "减少1188万元"]]);
  });

  it("in a sentence opening with its breakdown, a share list after the first has no total inside the sentence", () => {
    const moe =
      "本年收入合计42,828,112.97万元,比2023年的40,616,051.67万元,增加2,212,061.3万元,增长5.4%。其中:财政拨款17,229,526.68万元,占40.2%;事业收入18,512,156.91万元,占43.2%;经营收入16,348.77万元,附属单位上缴收入3,363.59万元,两项合计占0.1%;其他收入7,066,717.02万元,占16.5%。";
    expect(errors(moe, 2024)).toEqual([]);
  });

  it("parts listed with no share of their own: shares adding up to 100% do not make 基本 + 项目 the whole 本年支出合计", () => {
    const spending = (other: string) =>
      `教育部2024年度本年支出合计43,665,710.31万元,比2023年的41,814,652.58万元,增加1,851,057.73万元,增长4.4%。其中:基本支出25,851,686.15万元,占59.2%;项目支出17,799,199.76万元,占40.8%;经营支出14,694.4万元,对附属单位补助支出${other}万元。`;
    expect(errors(spending("130"), 2024)).toEqual([]);
    // the total is confirmed by its change against the stated 2023 amount: 经营 or 补助 may be the slip — a warning
    expect(errors(spending("20130"), 2024)).toEqual([]);
    expect(check(spending("20130"), 2024).filter((f) => f.rule === "N.listSum" && f.severity === "warning")).toHaveLength(1);
  });
});

describe("round s19z-7 wording: a breakdown over two sentences before “加上”, two breakdowns in one sentence", () => {
  it("the sentence after a “其中” sentence may go on listing parts: the chain after “加上” is left unjudged", () => {
    const bishan =
      "全区一般公共预算本级收入完成53.19亿元,增长22.1%。其中,税收收入29.09亿元,增长46.2%。非税收入24.1亿元,增长1.9%。加上中央及市级转移支付29.71亿元、动用预算稳定调节基金1.97亿元、调入资金3.29亿元、债务(转贷)收入5.11亿元、上年结转8.79亿元,收入总量为102.06亿元。";
    expect(errors(bishan, 2023)).toEqual([]);
  });

  it("each whole broken down between “；” is read with its own “其中” list", () => {
    const baise = (income: string) =>
      `2023年,市本级政府性基金预算总收入${income}亿元,其中:当年政府性基金预算收入28.36亿元,转移性收入58.96亿元;市本级政府性基金预算总支出84.37亿元,其中:当年基金预算支出29.32亿元,调出资金0.26亿元,债务还本支出30.47亿元,债务转贷支出23.86亿元,政府性基金转移支付支出0.46亿元。`;
    expect(errors(baise("87.32"), 2023)).toEqual([]);
    expect(errors(baise("78.61"), 2023)).toEqual([["N.listSum", "87.32", "78.61亿元"]]);
  });
});

describe("a total's change when one part's change is unstated but the part is 0 this year (焦石镇)", () => {
  const jiaoshi = (total: string) =>
    [
      "2020年度“三公”经费41.00万元,其中:因公出国(境)费0万元,公务用车购置及运行维护费21.00万元,公务接待费20.00万元。",
      `经比较2020年度“三公”经费41.00万元,较年初预算数减少${total}万元。其中:公务用车购置及运行维护费21.00万元,较年初预算数减少4.00万元;公务接待费20.00万元,较年初预算数减少1.00万元。`,
    ].join("\n");

  it("the part can only have fallen: the total must fall by at least the parts' sum", () => {
    expect(errors(jiaoshi("4.00"), 2020)).toEqual([["N.changeSum", "至少减少5.00万元", "减少4.00万元"]]);
  });

  it("a total that fell by more says nothing (the part's budget may be anything)", () => {
    expect(errors(jiaoshi("6.50"), 2020)).toEqual([]);
  });
});

describe("a total's change when one part's change is unstated: that part can have grown by at most its amount this year (f2, 涪陵 武陵山 2023)", () => {
  const wulingshan = (total: string, car = "6.00") =>
    `2023年“三公”经费预算6.50万元,比上年减少${total}万元。其中:因公出国(境)费用0万元,较上年无增减;公务接待费0.50万元,较上年无增减;公务用车运行维护费${car}万元,比上年减少1.00万元。`;

  it("the parts make the total (购置, unstated, is 0 this year): a total that fell by the parts' changes is right", () => {
    expect(errors(wulingshan("1.00"), 2023)).toEqual([]);
  });

  it("as published (减少0.50): 购置 can only have fallen, so the total fell by at least 1.00 — an error", () => {
    expect(errors(wulingshan("0.50"), 2023)).toEqual([["N.changeSum", "至少减少1.00万元", "减少0.50万元"]]);
  });

  it("amounts that leave 购置 up to 1.00 this year leave room for its growth: nothing", () => {
    expect(errors(wulingshan("0.50", "5.00"), 2023)).toEqual([]);
  });

  it("a part stated with its amount but no change grew by at most that amount (出国 1万元: the total fell by at least 6)", () => {
    const items = (total: string) =>
      `2023年“三公”经费预算10.00万元,比上年减少${total}万元。其中:因公出国(境)费用1.00万元;公务用车购置及运行维护费6.00万元,比上年减少4.00万元;公务接待费3.00万元,比上年减少3.00万元。`;
    expect(errors(items("6.50"), 2023)).toEqual([]);
    expect(errors(items("5.00"), 2023)).toEqual([["N.changeSum", "至少减少6.00万元", "减少5.00万元"]]);
  });
});

describe("“和年初预算持平”: a part's change of 0 against the budget", () => {
  const liangshan = (car: string) =>
    `2022年州本级使用财政拨款安排“三公”经费支出总额为8,237.22万元,比年初预算增加1317.13万元。其中:因公出国(境)经费0万元,和年初预算持平;公务用车购置及运行维护费7,634.75万元,比年初预算增加${car}万元;公务接待费602.47万元,比年初预算减少516.57万元。`;

  it("completes the parts: their changes against the budget must add up to the total's", () => {
    expect(errors(liangshan("1833.70"), 2022)).toEqual([]);
    expect(errors(liangshan("2033.70"), 2022)).toEqual([["N.changeSum", "增加1517.13万元", "增加1317.13万元"]]);
  });
});

describe("“其中：无因公出国（境）费”, and a change against the budget right after a named change", () => {
  const xinmiao = (car: string) =>
    [
      "经汇总,2021年度全镇“三公”经费支出合计40.14万元。其中,因公出国(境)费0万元;公务用车购置及运维费30.93万元;公务接待费9.21万元。",
      `经比较,2021年度全镇“三公”经费较上年减少2.97万元,下降6.89%,较年初预算数减少0.36万元。其中:无因公出国(境)费;公务用车购置及运行维护费较上年减少1.33万元,下降4.12%,较年初预算数减少${car}万元;公务接待费较上年减少1.64万元,较年初预算数减少0.29万元。`,
    ].join("\n");

  it("the parts' changes against the budget are read, and the total's is bounded by them", () => {
    expect(errors(xinmiao("0.07"), 2021)).toEqual([]);
    expect(errors(xinmiao("0.27"), 2021)).toEqual([["N.changeSum", "至少减少0.56万元", "减少0.36万元"]]);
  });
});

describe("a share list with a parenthesised breakdown of one part (sfin2 blind round: 五华区 2021)", () => {
  const wuhua = (car: string, outer: string) =>
    `2021年度一般公共预算财政拨款三公经费支出决算中,因公出国(境)费支出0.00万元,占0.00%;公务用车购置及运行维护费支出769.70万元,占${outer}(其中:公务用车购置费0万元,占0.00%;公务用车运行维护费769.70万元,占${car});公务接待费支出0.00万元,占0.00%。`;

  it("the breakdown's shares are a list of their own: the outer list adds to 100%, the inner one too", () => {
    expect(errors(wuhua("100%", "100%"), 2021)).toEqual([]);
    // before: the inner shares were summed with the outer ones, “0.00% + 100% + 0.00% + 100% + 0.00% = 200.00%”
    expect(check(wuhua("100%", "100%"), 2021).filter((f) => f.rule === "N.shareSum")).toEqual([]);
  });
});

describe("a chain whose total opens the sentence after it (s19u blind rounds: 徐汇 2020, 和平 2024)", () => {
  const xuhui = (added: string) =>
    `2020年,区级一般公共预算收入198.03亿元,较去年同口径增长2%,完成调整预算的100%;加上市区财力结算净收入26亿元,一般债务转贷收入14亿元,调入预算稳定调节基金${added}亿元, 按规定从政府性基金预算和国有资本经营预算调入资金90.73亿元。合计一般公共预算收入总量为442.15亿元。区级一般公共预算支出310.85亿元。`;

  it("“加上…。合计…收入总量为T”: the total of the next sentence closes the chain", () => {
    expect(errors(xuhui("113.39"), 2020)).toEqual([]);
    expect(errors(xuhui("92.50"), 2020)).toEqual([["N.total", "421.26", "442.15亿元"]]);
  });

  const heping = (taken: string) =>
    `2024年一般公共预算收入完成47.98亿元,完成调整预算101%,较上年增长13.4%,其中:税收收入完成37.53亿元,非税收入完成10.45亿元。加税收返还和转移支付22.18亿元、上年结余3.18亿元、调入资金5.68亿元、新增一般债券转贷收入6.12亿元、置换和再融资一般债券转贷收入12.95亿元、动用预算稳定调节基金0.8亿元,扣除上解市级9.9亿元、一般债务还本${taken}亿元。2024年一般公共预算总收入完成74.59亿元,待市区体制结算后据实确定预算稳定调节基金。`;

  it("“加A、B…,扣除C、D。…总收入T”: “加” opening the sentence, every amount listed after “扣除” taken away, added to the amount its “其中” breaks down", () => {
    expect(errors(heping("14.4"), 2024)).toEqual([]);
    expect(errors(heping("14.9"), 2024)).toEqual([["N.total", "74.09", "74.59亿元"]]);
  });

  it("a “其中” before “加” is passed over only when its parts add up to the amount it breaks down", () => {
    const closed = "全县一般公共预算收入100亿元,其中:税收收入60亿元、非税收入40亿元。加上转移性收入50亿元,收入总计160亿元。";
    const open = "全县一般公共预算收入100亿元,其中:税收收入60亿元、非税收入30亿元。加上转移性收入50亿元,收入总计160亿元。";
    expect(errors(closed, 2024)).toEqual([["N.total", "150.00", "160亿元"]]);
    expect(check(open, 2024).filter((f) => f.rule === "N.total")).toEqual([]);
  });

  it("the next sentence's total of the other side of the money, or after words of its own, is not the chain's", () => {
    const spending = "全区一般公共预算收入100亿元。加上级补助收入20亿元、调入资金5亿元。一般公共预算支出总量为150亿元。";
    const clause = "全区一般公共预算收入100亿元。加上级补助收入20亿元、调入资金5亿元。据统计,一般公共预算收入总量为150亿元。";
    expect(check(spending, 2024).filter((f) => f.rule === "N.total")).toEqual([]);
    expect(check(clause, 2024).filter((f) => f.rule === "N.total")).toEqual([]);
  });

  it("“减A，B” leaves B's sign open; “扣除A、B” does not", () => {
    const comma = "全区一般公共预算收入100亿元,加上级补助收入20亿元,扣除上解支出5亿元,调入资金3亿元,收入总计112亿元。";
    expect(check(comma, 2024).filter((f) => f.rule === "N.total")).toEqual([]);
  });

  it("a closed list right after a sentence stating an amount of its side may go on from that amount: not judged (blind round 4, 琼中 2020)", () => {
    const qiongzhong = (total: string) =>
      `全县地方一般公共预算支出397114万元,为预算的122.1%(指调整预算数),增长3.4%。债务还本支出16223万元,上解中央支出10800万元,补充预算稳定调节基金150万元和年终结转结余16751万元,支出总计${total}万元。`;
    expect(check(qiongzhong("441038"), 2020).filter((f) => f.rule === "N.total")).toEqual([]);
    const alone = "政府性基金支出83173万元,调出资金18300万元,债务还本支出315万元,支出合计101988万元。";
    expect(errors(alone, 2020)).toEqual([["N.total", "101788.00", "101988"]]);
  });
});
