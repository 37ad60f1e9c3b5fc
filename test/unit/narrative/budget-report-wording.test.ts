import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * The wording of the s19q blind rounds on budget-execution, adjustment and audit reports (test/fixtures/texts/README.md,
 * “Blind rounds on budget-execution reports (s19q)”): “负增长” as a decrease, an amount of the other side of the money
 * (收入 / 支出) inside a “其中” list, and a report written in the months after its year.
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const findings = (text: string, year: number, severity: string) =>
  check(text, year)
    .filter((f) => f.severity === severity)
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“负增长p%” is a decrease of p% (常德 元至5月)", () => {
  const changde = corpusText("hn-changde-2022-revenue-may");

  it("“减少0.46亿元,负增长1.21%” and “减少766万元,负增长0.94%” agree in direction", () => {
    expect(findings(changde.text, changde.year, "error")).toEqual([]);
  });

  it("the rate is still judged, and a rise written as 负增长 is still a contradiction", () => {
    expect(findings("上划中央收入完成37.78亿元,减少0.46亿元,负增长1.51%。", 2022, "error")).toEqual([["N.growth", "1.20%", "1.51%"]]);
    expect(findings("上划中央收入完成37.78亿元,增加0.46亿元,负增长1.23%。", 2022, "error").map(([rule]) => rule)).toEqual(["N.direction"]);
  });
});

describe("an amount of the other side of the money is no part of a “其中” list (重庆 2020 1—5月)", () => {
  const chongqing = corpusText("cq-city-2020-revenue-may");

  it("“…收入完成856.8亿元,…其中:税收收入…;全市一般公共预算支出完成1611.9亿元”: the 支出 is not summed into the 收入", () => {
    expect(findings(chongqing.text, chongqing.year, "error")).toEqual([]);
  });

  it("the parts before it are still checked against the total", () => {
    const changed = chongqing.text.replace("税收收入完成579.9亿元,下降20.8%;", "税收收入完成879.9亿元,下降20.8%;");
    expect(findings(changed, chongqing.year, "error")).toContainEqual(["N.listSum", "879.90", "856.8亿元"]);
  });

  it("a part whose words name no side stays in the list", () => {
    expect(findings("全市一般公共预算收入100亿元,其中:税务部门完成70亿元,财政部门完成40亿元。", 2022, "error")).toEqual([["N.listSum", "110.00", "100亿元"]]);
  });
});

describe("a report written in the months after its year dates its work then (吴忠 2022 审计)", () => {
  const wuzhong = corpusText("nx-wuzhong-2022-audit");

  it("“截至2023年7月底,共完成审计项目29个” in a report on 2022 is no wrong year", () => {
    expect(check(wuzhong.text, wuzhong.year)).toEqual([]);
  });

  it("a year-end date of the next year still is", () => {
    expect(findings("截至2023年12月31日,本单位共有车辆3辆。", 2022, "warning").map(([rule]) => rule)).toEqual(["N.year"]);
    expect(findings("截至2023年底,本单位共有车辆3辆。", 2022, "warning").map(([rule]) => rule)).toEqual(["N.year"]);
  });
});

describe("a revision names the budget it revises (板芙 2022, 小榄 2021 预算调整)", () => {
  const banfu = corpusText("gd-banfu-2022-budget-adjustment");

  it("“由年初预算A调整为B,调增C”: C is B − A, and a slip in any of the three is found", () => {
    expect(findings(banfu.text, banfu.year, "error")).toEqual([]);
    expect(findings(banfu.text.replace("调整为20401.66万元", "调整为22878.29万元"), banfu.year, "error")).toEqual([["N.difference", "5596.22", "3119.59"]]);
    expect(findings("一般公共预算总支出由年初预算34.22亿元调整为31.95亿元,调减2.77亿元。", 2021, "error")).toEqual([["N.difference", "2.27", "2.77亿元"]]);
  });

  it("a few words may name the revised budget (“由第一次调整后的A调整为B”), never a reason (“由于…”)", () => {
    expect(findings("一般公共预算总支出由第一次调整后的305314万元调整为302719万元,调减2995万元。", 2022, "error")).toEqual([
      ["N.difference", "2595.00", "2995"],
    ]);
    expect(findings("由于税收收入305314万元调整为302719万元,调减2595万元。", 2022, "error")).toEqual([]);
  });

  it("the amount before the revision is no amount the sentence states: it is no total of the parts after it", () => {
    expect(findings("非税收入由原预算3574.04万元调整为3842.88万元,其中:利润上缴3000万元,罚没收入842.88万元。", 2022, "error")).toEqual([]);
  });
});

describe("“从…情况看” names where the figures come from, not a view that cuts a whole (济南 2014 三公)", () => {
  const jinan = corpusText("sd-jinan-2014-budget-sangong");

  it("“从公开情况看,…预算总额为2.08亿元,…其中:…” is read as the one “其中” it is: the parts in 万元 add up to the total in 亿元", () => {
    expect(findings(jinan.text, jinan.year, "error")).toEqual([]);
    expect(findings(jinan.text.replace("预算总额为2.08亿元", "预算总额为1.75亿元"), jinan.year, "error")).toEqual([["N.listSum", "2.08", "1.75亿元"]]);
  });

  it("a view that names a dimension still cuts the amount before it", () => {
    const text = "全县一般公共预算收入100万元。从征收部门来看:税务部门完成70万元,财政部门完成40万元。";
    expect(findings(text, 2023, "error").map(([rule]) => rule)).toEqual(["N.listSum"]);
  });
});

describe("a completion phrase's budget is never the base of a change (屯溪 1-6月)", () => {
  const tunxi = corpusText("ah-tunxi-2023-revenue-jun");

  it("“累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,增收5939万元”: the 增收 is on last year", () => {
    expect(check(tunxi.text, tunxi.year)).toEqual([]);
    expect(findings(tunxi.text.replace("增收5939万元", "增收6939万元"), tunxi.year, "error")).toEqual([["N.growth", "12.68%", "10.7%"]]);
  });

  it("a budget named as what is compared with is still the base: “比年初预算A减少C” is actual − budget", () => {
    expect(findings("支出61646万元,比年初预算109466万元减少47000万元。", 2023, "error")).toEqual([["N.difference", "47820.00", "47000"]]);
  });

  it("“占任务数的p%” after each department's amount is that department's own target, never one whole", () => {
    expect(check("其中税务部门完成28684万元,占任务数的56.4%;财政部门完成32962万元,占任务数的56.3%。", 2023)).toEqual([]);
  });
});

describe("a sentence that lists named amounts and closes with their 合计 (仓山 2020, 鼓楼 2021 决算)", () => {
  const cangshan = corpusText("fj-cangshan-2020-final");

  it("“政府性基金支出A,调出资金B,债务还本支出C,支出合计T” is A + B + C = T, and the balance after it is checked too", () => {
    expect(findings(cangshan.text, cangshan.year, "error")).toEqual([]);
    expect(findings(cangshan.text.replace("政府性基金支出83173万元", "政府性基金支出93173万元"), cangshan.year, "error")).toContainEqual([
      "N.total",
      "111788.00",
      "101788",
    ]);
  });

  it("what follows the total is no part of it, and a list with a rate, a change or a “其中” is not read this way", () => {
    const gulou =
      "全区政府性基金上年结余26.38亿元,上级补助收入14.78亿元,债券转贷收入1.34亿元,调入资金10万元,收入合计44.5亿元,支出19.43亿元,年终结余25.07亿元。";
    expect(findings(gulou, 2021, "error")).toEqual([["N.total", "42.50", "44.5亿元"]]);
    expect(findings("收入A100万元,增长5%,收入B80万元,收入合计200万元。", 2021, "error")).toEqual([]);
    expect(findings("一般公共预算收入100万元,其中税收收入60万元,上级补助收入80万元,收入合计200万元。", 2021, "error")).toEqual([]);
  });

  it("a 收入合计 never sums what is spent", () => {
    expect(findings("上年结余10万元,一般公共预算支出80万元,上级补助收入30万元,收入合计120万元。", 2021, "error")).toEqual([]);
  });
});

describe("“收入A…支出B…本年收支结余C” (全国 社会保险基金 2013, 2014)", () => {
  it("the year's balance is the one 收入 less the one 支出 before it, the “其中” parts set aside; integer 亿元 tails only warn", () => {
    const text =
      "企业职工基本养老保险基金收入21489亿元,比上年增长8.1%,其中:保险费收入17554亿元;财政补贴收入3038亿元。支出19117亿元,比上年增长14.5%。本年收支结余2371亿元,年末滚存结余28251亿元。";
    expect(findings(text, 2014, "error")).toEqual([]);
    expect(findings(text.replace("支出19117亿元", "支出18117亿元"), 2014, "error")).toEqual([["N.total", "3372.00", "2371亿元"]]);
  });

  it("two amounts named 收入 before the balance leave it unread", () => {
    const text = "一般公共预算收入100万元,政府性基金收入50万元。支出120万元。当年收支结余90万元。";
    expect(findings(text, 2014, "error")).toEqual([]);
  });
});

describe("a “其中” inside an addition chain (涪陵 a town's 2023 决算, 磐安 2015 执行)", () => {
  const fuling = corpusText("cq-fuling-town-2023-final");
  const panan = corpusText("zj-panan-2015-budget-execution");

  it("“加上级转移支付收入1884万元,其中:一般转移支付收入1478万元(…),上年结转结余60万元,…,收入合计为6449万元” is neither a list nor a chain", () => {
    expect(findings(fuling.text, fuling.year, "error")).toEqual([]);
  });

  it("a “其中” in parentheses inside the chain is a remark: the chain is read, from the amount its opening words name", () => {
    expect(findings(panan.text, panan.year, "error")).toEqual([]);
    expect(findings(panan.text.replace("补助收入124392万元", "补助收入150684万元"), panan.year, "error").map(([rule]) => rule)).toContain("N.total");
  });
});

describe("“比2024年单位预算收入增加…”: last year's own budget named in either word order (s19w blind round 3, 伙牌镇 2025)", () => {
  const huopai = "2025年伙牌镇政府(单位)收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长8%。其中:财政拨款收入842.79万元,其他收入0万元。";
  const rates = (text: string) => check(text, 2025).map((f) => [f.rule, f.severity, f.actual, f.expected]);

  it("the change is of the amount before it: a right rate holds", () => {
    expect(rates(huopai)).toEqual([]);
  });

  it("a wrong rate is an error, a truncated one a warning", () => {
    expect(rates(huopai.replace("增长8%", "增长6%"))).toEqual([["N.growth", "error", "6%", "7.96%"]]);
    expect(rates(huopai.replace("增长8%", "增长7%"))).toEqual([["N.growth", "warning", "7%", "7.96%"]]);
    expect(rates(huopai.replace("单位预算收入", "部门预算支出").replace("收入预算842.79", "支出预算842.79").replace("增长8%", "增长6%"))).toEqual([
      ["N.growth", "error", "6%", "7.96%"],
    ]);
  });
});

describe("a budget's “收入预算” may be the 收入总计 (m9: 天津 儿童医院 2019, test/fixtures/texts/tj-ertong-yiyuan-2019-budget.txt)", () => {
  const tianjin =
    "单位收入预算122855.8万元,与2018年预算相比增加28091.9 万元。其中,本年收入合计115218.1万元,与2018年预算相比增加20454.2万元,包括财政拨款6366万元、事业收入105852.1万元、其他收入3000万元;上年结转和结余7637.7万元。";

  it("holds on the real wording: 收入预算 (with 上年结转) and 本年收入合计 are two figures, no N.repeated", () => {
    expect(findings(tianjin, 2019, "error")).toEqual([]);
  });

  it("本年收入合计 stated twice with two values is still an error", () => {
    const twice = `${tianjin}\n本年收入合计115281.1万元。`;
    expect(findings(twice, 2019, "error").map(([rule]) => rule)).toContain("N.repeated");
  });
});

describe("a “包括” list whose amounts carry thousands separators (m9: 天津医科大学总医院 2021, tj-yida-zongyiyuan-2021-budget.txt)", () => {
  const hospital =
    "2021年部门收入预算496,555.7万元,与2020年预算相比增加8,884.4万元。其中,本年收入合计493,824.1万元,与2020年预算相比增加7,182.2万元,包括一般公共预算拨款收入11,495.9万元、政府性基金预算拨款收入0万元、事业收入476,485万元、其他收入5843.2万元;上年结转结余2,731.6万元。";

  it("holds on the real wording (11,495.9 + 0 + 476,485 + 5843.2 = 493,824.1)", () => {
    expect(findings(hospital, 2021, "error")).toEqual([]);
  });

  it("the separator's comma is no clause break: parts above the total are an error", () => {
    expect(findings(hospital.replace("事业收入476,485万元", "事业收入478,485万元"), 2021, "error")).toEqual([["N.listSum", "495,824.10", "493824.1"]]);
  });
});
