import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Parts in parentheses right after their whole, with no “其中” (test/fixtures/texts/README.md, h5 round 4: 吉林 2022 预算调整,
 * “新增地方政府债务限额861亿元(一般债务限额203亿元,专项债务限额658亿元)”): two or more named amounts and nothing else are a
 * breakdown — complete where they name every part of a known identity, a list that may leave parts out otherwise; a comparison
 * base, a stage of the amount or a “含” makes them a remark. One named amount is the amount's own restatement or a main item.
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2022 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“债务限额A(一般债务限额B,专项债务限额C)”: the two kinds of debt are all of it", () => {
  const jilin =
    "经国务院同意,2022年,财政部分两批次分配下达我省新增地方政府债务限额861亿元(一般债务限额203亿元,专项债务限额658亿元)。其中:提前批次新增地方政府债务限额162亿元(一般债务限额98亿元,专项债务限额64亿元),已列入2022年初预算草案;本批次新增地方政府债务限额699亿元,包括一般债务限额105亿元(含外债转贷额度3.65亿元),专项债务限额594亿元。";

  it("holds on the real wording (203 + 658 = 861; 98 + 64 = 162; the 3.65 inside 105 is a remark)", () => {
    expect(errors(jilin)).toEqual([]);
  });

  it("a whole its two kinds do not add up to is an error, above or below", () => {
    expect(errors(jilin.replace("限额861亿元", "限额652亿元"))).toEqual([["N.listSum", "861.00", "652亿元"]]);
    expect(errors(jilin.replace("限额162亿元", "限额172亿元"))).toEqual([["N.listSum", "162.00", "172亿元"]]);
  });

  it("a comparison base or a stage of the amount in parentheses is a remark (“(上年120万元,决算95万元)”); parts below the amount may leave some out", () => {
    expect(errors("2022年“三公”经费预算100万元(上年120万元,决算95万元)。")).toEqual([]);
    expect(errors("全省新增债券资金90亿元(省级30亿元,市县级40亿元)。")).toEqual([]);
  });

  it("named parts above the amount are an error even when they name no identity (“(省级60亿元,市县级40亿元)”)", () => {
    expect(errors("全省新增债券资金90亿元(省级60亿元,市县级40亿元)。")).toEqual([["N.listSum", "100.00", "90亿元"]]);
  });
});

describe("a part's own “(其中,…)” list, comma after “其中” (岳阳 2016 “三公” 预算)", () => {
  const yueyang = (other: string) =>
    `公务用车购置及运行维护费11167万元(其中,公务用车购置费255万元,公务用车运行维护费7922万元,其他交通工具购置${other}万元,其他交通费用2846万元)。`;

  it("is read as a list of the part before it (not as a whole “11167万元(其…中,” opening the sentence)", () => {
    expect(errors(yueyang("144"))).toEqual([]);
    expect(errors(yueyang("164"))).toEqual([["N.listSum", "11187.00", "11167"]]);
  });
});

describe("“财政拨款收入A(其中,一般公共预算B,政府性基金预算C,国有资本经营预算D)”: the three budgets are all of it (三门 公安 2020)", () => {
  const sanmen =
    "本年收入合计25,031.67万元;包括财政拨款收入24,940.34万元(其中,一般公共预算24,399.59万元,政府性基金预算540.75万元,国有资本经营预算0万元),占收入合计99.64%;上级补助收入0万元,占收入合计0%;事业收入0万元,占收入合计0%;经营收入0万元,占收入合计0%;附属单位上缴收入0万元,占收入合计0%;其他收入91.33万元,占收入合计0.36%。";

  it("holds on the real wording (24,399.59 + 540.75 + 0 = 24,940.34)", () => {
    expect(errors(sanmen)).toEqual([]);
  });

  it("the three short of or above their total: the total stands by its share 99.64%, a warning names the two parts to check", () => {
    for (const changed of ["政府性基金预算450.75万元", "政府性基金预算630.75万元"]) {
      const findings = checkNarrative(readTextFile(sanmen.replace("政府性基金预算540.75万元", changed)), [], { year: 2022 });
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      const warnings = findings.filter((f) => f.severity === "warning" && f.rule === "N.listSum");
      expect(warnings.map((f) => [f.actual, f.headline])).toEqual([["24940.34", expect.stringContaining("请核对一般公共预算、政府性基金预算")]]);
    }
  });

  it("财政拨款收入 printed 24,970.34: its own three give 24,940.34 = 25,031.67 − 91.33 — it is the slip, never the 本年收入合计", () => {
    const findings = checkNarrative(readTextFile(sanmen.replace("财政拨款收入24,940.34万元", "财政拨款收入24,970.34万元")), [], { year: 2022 });
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.actual, f.expected])).toEqual([["24970.34", "24,940.34万元"]]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  describe("two slips (财政拨款收入 24,970.34, its own 一般公共预算 24,409.59): the six items give 25,061.67, the shares fit it (#19)", () => {
    const text = sanmen.replace("财政拨款收入24,940.34万元", "财政拨款收入24,970.34万元").replace("一般公共预算24,399.59万元", "一般公共预算24,409.59万元");

    it("only 99.64% breaks at 25,031.67 — a slip in 财政拨款收入 fits it as well: no error at 本年收入合计, a warning naming both", () => {
      const findings = checkNarrative(readTextFile(text), [], { year: 2022 });
      expect(findings.filter((f) => f.actual === "25031.67").map((f) => [f.rule, f.severity, f.headline])).toEqual([
        ["N.listSum", "warning", expect.stringContaining("请核对本年收入合计、财政拨款收入。")],
      ]);
      // 25,031.67 − 91.33 = 24,940.34, 99.64% of it: the share's own finding gives 财政拨款收入 its value
      expect(findings.filter((f) => f.severity === "error").map((f) => [f.actual, f.expected])).toEqual([["24970.34", "24,940.34万元"]]);
      expect(findings.some((f) => f.message.includes("已由文中别处印证"))).toBe(false);
    });

    it("本年收入合计 stated alike in another paragraph: confirmed, the warning names 财政拨款收入 alone", () => {
      const stated = [
        "2020年度收入总计25,031.67万元,支出总计25,031.67万元。",
        "一、收入决算情况说明。本年收入合计25,031.67万元,比上年增加1,031.67万元,增长4.30%。",
        text,
      ];
      const findings = checkNarrative(readTextFile(stated.join("\n")), [], { year: 2020 });
      const [warning] = findings.filter((f) => f.severity === "warning" && f.rule === "N.listSum");
      expect(warning.headline).toContain("本年收入合计25,031.67万元另有印证，差额应出在财政拨款收入中，请核对财政拨款收入。");
      expect(findings.filter((f) => f.severity === "error").map((f) => f.actual)).toEqual(["24970.34"]);
    });
  });

  it("two of the three may leave the third out, and a part named as the whole's own words is no whole: no error", () => {
    expect(errors("财政拨款收入4436.33万元(其中,一般公共预算3999.53万元,政府性基金预算336.80万元)。")).toEqual([]);
    expect(errors("一般公共预算财政拨款收入4436.33万元(其中,一般公共预算3999.53万元,政府性基金预算336.80万元,国有资本经营预算0万元)。")).toEqual([]);
  });
});

describe("named amounts in parentheses after an amount, no “其中”: a breakdown that may leave parts out", () => {
  // 闽侯 2020 决算 (fj-minhou-2020-final ¶7)
  const minhou =
    "全县一般公共预算收入完成78.14亿元;上年结转收入3.36亿元;上级补助收入20.75亿元;调入资金0.13亿元;地方政府一般债务转贷收入5.72亿元;调入预算稳定调节基金1.59亿元;收入合计109.69亿元(县本级87.87亿元,高新区 21.82亿元)。";
  // 汉滨 2019 彩票公益金 (sn-hanbin-2019-lottery-welfare ¶5)
  const hanbin =
    "2019年市民政局下达我区省级彩票公益金758.54万元,其中:社会公益类项目591万元(农村互助幸福院项目167万元、社区服务体系建设项目250万元、殡仪馆设备购置50万、农村公益性公墓建设60万、购买社会组织服务项目64万元、资助贫困家庭大学生入学120.1万元)、儿童补助类项目47.44万元。";

  it("holds on the real wording (87.87 + 21.82 = 109.69)", () => {
    expect(errors(minhou)).toEqual([]);
  });

  it("parts above the amount are an error; below it, nothing (县本级 and 高新区 need not be all of it)", () => {
    expect(errors(minhou.replace("高新区 21.82亿元", "高新区 31.82亿元"))).toEqual([["N.listSum", "119.69", "109.69亿元"]]);
    expect(errors(minhou.replace("高新区 21.82亿元", "高新区 11.82亿元"))).toEqual([]);
  });

  it("汉滨's 591 under its six items adding to 711.1 is the error the hand check finds; printed 711.1, nothing", () => {
    expect(errors(hanbin)).toEqual([["N.listSum", "711.10", "591"]]);
    expect(errors(hanbin.replace("社会公益类项目591万元", "社会公益类项目711.1万元"))).toEqual([]);
  });

  it("a stage of the amount (国家邮政局 2012 “(年初预算数…,由于机构调整追加到…)”) or a “含” list (涪陵 2023) is a remark", () => {
    expect(errors("“三公经费”支出数为2,574.69万元,预算数为9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元)。")).toEqual([]);
    expect(
      errors(
        "加上级转移支付收入1884万元,其中:一般转移支付收入1478万元(含均衡性转移支付收入166万元、基本财力保障机制奖补资金收入968万元、结算补助收入132万元、其他一般转移支付收入212万元,专项转移支付收入406万元),上年结转结余60万元。",
      ),
    ).toEqual([]);
  });
});

describe("parts in parentheses that add up to their amount confirm it: a broken list names the other part (上海 2023 彩票公益金)", () => {
  // sh-city-2023-lottery ¶6
  const shanghai =
    "2023年全市共筹集彩票公益金36.43亿元,其中:上缴中央17.96亿元(福利彩票公益金8.41亿元,体育彩票公益金9.55亿元),下拨各区8.06亿元(福利彩票公益金3.56亿元,体育彩票公益金4.5亿元),市本级留存10.41亿元(福利彩票公益金5.17亿元,体育彩票公益金5.24亿元)。";

  it("holds on the real wording", () => {
    expect(errors(shanghai)).toEqual([]);
  });

  it("下拨各区 printed 8.60: its own 3.56 + 4.5 = 8.06 = 36.43 − 17.96 − 10.41 — it is the slip, not the 36.43", () => {
    expect(errors(shanghai.replace("下拨各区8.06亿元", "下拨各区8.60亿元"))).toEqual([["N.listSum", "8.06", "8.60亿元"]]);
  });

  it("a part in parentheses above its amount names that amount's list", () => {
    expect(errors(shanghai.replace("体育彩票公益金4.5亿元", "体育彩票公益金5.4亿元"))).toEqual([["N.listSum", "8.96", "8.06亿元"]]);
  });
});

describe("one named amount in parentheses right after a part restates it (汉滨 2019 “社会公益类项目14万元(社会工作与志愿服务14万元)”)", () => {
  // sn-hanbin-2019-lottery-welfare ¶4
  const hanbin =
    "2019年市民政局下达我区中央彩票公益金375万元,其中老年人福利项目327万元(农村敬老院护理设施提升改造项目327万)、社会公益类项目14万元(社会工作与志愿服务14万元)、残疾人福利项目34万(福康工程)。";

  it("holds on the real wording (327 + 14 + 34 = 375)", () => {
    expect(errors(hanbin)).toEqual([]);
  });

  it("the part printed 41 against its restated 14, the list adding up with 14: the part is the slip", () => {
    const findings = checkNarrative(readTextFile(hanbin.replace("社会公益类项目14万元", "社会公益类项目41万元")), [], { year: 2019 });
    const found = findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.listSum", "14.00", "41"]]);
    expect(found[0].headline).toContain("按14万元，社会公益类项目与同句所写“社会工作与志愿服务14万元”相符，按41万元则不符");
  });

  it("a restatement that differs where the list holds says nothing (it may be one main item of the part)", () => {
    expect(errors(hanbin.replace("社会工作与志愿服务14万元", "社会工作与志愿服务4万元"))).toEqual([]);
  });
});

describe("parts named in the gross measure after a net amount (新京报 2019: 2018 行政事业性国有资产 “净资产3.7万亿元(行政单位资产…)”)", () => {
  // zy-state-assets-2018-xinjingbao ¶4 (m15 blind false error: 0.8 + 3.9 = 4.7 read as the parts of 净资产 3.7)
  const central =
    "具体到中央和地方,中央行政事业性国有资产总额4.7万亿元,负债总额1万亿元,净资产3.7万亿元(行政单位资产0.8万亿元,事业单位资产3.9万亿元);地方行政事业性国有资产总额28.8万亿元,负债总额8.9万亿元,净资产19.9万亿元(行政单位资产9.3万亿元,事业单位资产19.5万亿元)。";

  it("holds on the real wording: 行政单位资产 + 事业单位资产 make the 资产总额 (0.8 + 3.9 = 4.7), not the 净资产 3.7", () => {
    expect(errors(central)).toEqual([]);
  });

  it("parts that say “净” are the net amount's breakdown, and above it an error", () => {
    expect(errors("中央净资产3.7亿元(行政单位净资产0.8亿元,事业单位净资产3.9亿元)。")).toEqual([["N.listSum", "4.70", "3.7亿元"]]);
  });

  it("a gross amount keeps its parentheses: parts above it are an error", () => {
    expect(errors("中央行政事业性国有资产总额3.7亿元(行政单位资产0.8亿元,事业单位资产3.9亿元)。")).toEqual([["N.listSum", "4.70", "3.7亿元"]]);
  });
});
