import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Binding with a confidence: a claim is an error only when each of its figures is tied without doubt to what it
 * refers to; an uncertain tie accuses nothing. Each case is a real wording (the corpus in test/fixtures/texts/
 * holds the sources), once as published (right, nothing found) and once with one figure changed (found).
 */
const check = (text: string) => checkNarrative(readTextFile(text), []);
const errors = (text: string) =>
  check(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("an item name inside a longer phrase is that item, not the shorter figure", () => {
  // 梧州 2021 预算: 857,890.16 ÷ 924,289.71 = 92.82%; 61,599.55 ÷ 924,289.71 = 6.66%
  const enumeration = [
    "1. 基本支出预算 924,289.71 元,占支出总预算的100.00%,同比减少 275,044.29 元,下降 22.93 %。其中:",
    "工资福利支出预算 857,890.16 元,占基本支出预算92.82%,同比减少 261,443.84 元,下降 23.36%。",
    "商品和服务支出预算 61,599.55 元,占基本支出预算6.66%,同比减少 18,400.45 元,下降 23.00%。",
  ].join("\n");

  it("“工资福利支出预算” is not “支出预算”: no “同一数字两处不同”, nothing at all", () => {
    expect(check(enumeration)).toEqual([]);
  });

  it("a share is of the parent the sentence names (“占基本支出预算”), found by its exact words", () => {
    const changed = enumeration.replace("占基本支出预算92.82%", "占基本支出预算93.82%");
    expect(errors(changed)).toEqual([["N.share", "92.82%", "93.82%"]]);
  });

  it("items that add up to their parent confirm it; a parent that differs from its complete items is the one finding", () => {
    const complete = `${enumeration}\n对个人和家庭补助支出预算 4,800.00 元,占基本支出预算0.52%,同比增加 4,800.00 元。`;
    expect(check(complete)).toEqual([]);
    const changed = complete.replace("924,289.71", "942,289.71");
    expect(errors(changed)).toEqual([["N.listSum", "924,289.71元", "942289.71元"]]);
    expect(check(changed)[0].message).toMatch(/^第1段：/);
  });

  it("a parent with no relation of its own is the slip when the shares of two items break at it (澧县 六中 2018 ¶7, #19)", () => {
    // hn-lixian-liuzhong-2018-final: 2131.80 ÷ 3629.2 = 58.74%, 1497.40 ÷ 3629.2 = 41.26% — a slip in one item breaks its own share alone
    const lixian = "2018年本年支出3629.2万元中,财政拨款支出2131.80万元,占本年支出的58.74%。纳入专户管理的非税收入拨款支出1497.40万元,占本年支出的41.26%。";
    expect(check(lixian)).toEqual([]);
    expect(check(lixian.replace("3629.2", "4086.6")).map((f) => [f.rule, f.severity, f.expected ?? null, f.actual ?? null])).toEqual([
      ["N.listSum", "error", "3629.2万元", "4086.6"],
    ]);
  });

  it("a growth rate in 元 with thousands separators: 261,443.84 ÷ (857,890.16 + 261,443.84) = 23.36%", () => {
    const changed = enumeration.replace("下降 23.36%", "下降 25.36%");
    expect(errors(changed)).toEqual([["N.growth", "23.36%", "25.36%"]]);
    // the equation in the text's own unit (元), not in 万元
    expect(check(changed)[0].headline).toBe("第2段：下降率写25.36%，应为23.36%（261,443.84÷1,119,334.00）。");
  });
});

describe("the amount a change belongs to", () => {
  // 广东省财政厅 2023: 38.97 ÷ (62.07 − 38.97) = 168.7%; the budget inside “完成全年预算84.82万元的73.2%” is no subject
  const gd = "广东省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%,比上年决算数增加38.97万元,增长168.7%。";

  it("skips the budget a completion phrase names", () => {
    expect(check(gd)).toEqual([]);
    expect(errors(gd.replace("增长168.7%", "增长186.7%"))).toEqual([["N.growth", "168.70%", "186.7%"]]);
  });

  it("a clause listing several amounts ties the change to none (梧州民政: 总预算, then 基本 and 项目 under 其中)", () => {
    const text = "事业运行经费总预算37337407.64元,其中:基本支出预算488180.64元,项目支出预算36849227元,同比增加27125219.46元,增长265.6%。";
    expect(check(text)).toEqual([]);
    expect(check(text.replace("增长265.6%", "增长65.6%"))).toEqual([]);
  });

  it("a change after 其中 naming another item has no amount of its own before it: nothing (梧州 2020)", () => {
    const text =
      "“三公”经费支出决算总额为 5.48 万元,比去年增加1.55 万元,增长 39.4%。其中,因公出国支出决算比预算无增减变化;公务用车运行维护费支出决算比预算无增减变化,比去年增加 1.05 万元,增长 35.8%。";
    expect(check(text)).toEqual([]);
  });

  it("the figure's own words tie a change stated in the next sentence (普陀 社会工作部: 300.00 ÷ 7.82 = 3836.32%)", () => {
    const text = "一般公共预算财政拨款支出 307.82 万元。与 2023 年度相比，一般公共预算财政拨款支出增加 300.00 万元，增长 4000.00%。";
    expect(errors(text)).toEqual([["N.growth", "3836.32%", "4000.00%"]]);
  });

  it("paired lists pair by position, also across sentences (德阳 2022: 2570.97 ÷ (4143.91 + 2570.97) = 38.29%)", () => {
    const text = "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.29%。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("38.29%", "36.29%"))).toEqual([["N.growth", "38.29%", "36.29%"]]);
    // written 38.28% (cut, not rounded): a tail
    expect(check(text.replace("38.29%", "38.28%")).map((f) => [f.rule, f.kind])).toEqual([["N.growth", "rounding"]]);
  });

  it("“收入、支出总计各增加A、B” names its amounts in turn (西藏 政法委 2024: 1412.7 ÷ 6149.75 = 22.97%, not 15.74%)", () => {
    const text = "2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,增长15.74%、23.72%。";
    expect(errors(text)).toEqual([
      ["N.growth", "22.97%", "15.74%"],
      ["N.growth", "45.14%", "23.72%"],
    ]);
    expect(check(text.replace("15.74%、23.72%", "22.97%、45.14%"))).toEqual([]);
    // every name must find one amount: with 支出总计 stated twice no change of the list is tied
    const twice = text.replace("支出总计6632.48万元,", "支出总计6632.48万元,支出总计6000.00万元,");
    expect(errors(twice)).toEqual([]);
  });

  it("“收、支与…相比” opening the next sentence is of both totals before it (两路口 2024: 719.66 ÷ 8267.85 = 8.70%)", () => {
    const text = "2024年度收入总计7548.19万元,支出总计7548.19万元。收、支与2023年度相比,减少719.66万元,下降8.7%主要原因是减少新冠疫情防控经费支出";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("下降8.7%", "下降9.7%"))).toEqual([["N.growth", "8.70%", "9.7%"]]);
  });

  it("“收、支总计均为X。收、支与…相比” (永川 农机推广站 2024: 98.73 ÷ 734.09 = 13.45%)", () => {
    const text = "2024年度收、支总计均为832.82万元。收、支与2023年度相比,增加98.73万元,增长13.45%,主要原因是增加农机购置补贴项目资金。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("增长13.45%", "增长16.45%"))).toEqual([["N.growth", "13.45%", "16.45%"]]);
  });

  it("“收、支” of two different totals ties neither surely: a warning, never an error", () => {
    const text = "2024年度财政拨款收入总计832.82万元,支出总计800.00万元。收、支与2023年度相比,增加98.73万元,增长16.45%。";
    expect(errors(text)).toEqual([]);
    expect(check(text).map((f) => [f.rule, f.severity])).toEqual([["N.growth", "warning"]]);
  });

  // 涪陵 增福镇卫生院 2024 (test/fixtures/texts/cq-fuling-zengfu-wsy-2024-final.txt ¶13): 66.69 ÷ (1262.46 − 66.69) = 5.58%
  const ZENGFU =
    "1.总体情况。2024年度收入总计1262.46万元,支出总计1262.46万元。收、支与2023年度相比,增加66.69万元,增长5.6%,主要原因是:一般公共预算财政拨款收入增加235.35万元、事业收入减少77.07万元、其他收入减少137.9万元。";

  it("“收、支” written once is of each side's total: holding against one and broken against the other names the other (joint-change.ts)", () => {
    expect(errors(ZENGFU)).toEqual([]);
    const changed = ZENGFU.replace("支出总计1262.46万元", "支出总计1162.46万元");
    expect(errors(changed)).toEqual([["N.growth", null, "1162.46"]]);
    const [error] = check(changed).filter((f) => f.severity === "error");
    expect(error.message).toContain("按收入总计1262.46万元计算相符，按支出总计1162.46万元计算增长率为6.09%，不是5.6%");
  });

  it("the other side broken by one unit only (5.75% for 5.6%: 1226.46) is no error; two totals of one side are not “each”", () => {
    expect(errors(ZENGFU.replace("支出总计1262.46万元", "支出总计1226.46万元"))).toEqual([]);
    const oneSide = "2024年度收入总计1262.46万元,本年收入合计1162.46万元。收、支与2023年度相比,增加66.69万元,增长5.6%。";
    expect(errors(oneSide)).toEqual([]);
  });

  it("a prior-year amount stated with the change: the change is their difference (绵竹 2025)", () => {
    const text = "“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("减少221万元", "减少212万元"))).toEqual([["N.difference", "221.00", "212"]]);
    expect(errors(text.replace("下降10.1%", "下降11.1%"))).toEqual([["N.growth", "10.09%", "11.1%"]]);
  });

  it("a prior-year amount named in full after “与…”: “与2018年…总额X万元相比，减少C” (新疆 2019)", () => {
    const text =
      "自治区本级各行政事业单位一般公共预算“三公”经费总额为21372.02万元,与2018年一般公共预算“三公”经费总额27389.54万元相比,减少6017.52万元,下降21.97%。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("减少6017.52万元", "减少4750.91万元"))).toEqual([["N.difference", "6017.52", "4750.91"]]);
    expect(errors(text.replace("总额为21372.02万元", "总额为24782.65万元"))).toEqual([["N.difference", "2606.89", "6017.52"]]);
  });
});

describe("a change in the clause a “其中” opens may be of the item or of the whole before it (b5 blind round 3)", () => {
  // 永丰县人民法院 2020 决算: 197.03 ÷ (3759.2 − 197.03) = 5.53% — the 收入总计's; the item's would be 16.84%
  const court = "本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加5.5%。";
  // 梧州 2021 决算 (gx-wuzhou-2021-final-junxiu ¶5): 90.49 ÷ (480.71 + 90.49) = 15.84% — the item's
  const school = "本单位2021年度总支出581.45万元,其中本年支出480.71万元,较2020年度决算数减少90.49万元,下降15.8%。";
  // 蓝山 2024: the whole's own change comes before the “其中”, so the changes after it are the items'
  const county =
    "地方一般公共预算收入116059万元,较上年增加6570万元,增长6%,其中税收收入82539万元,较上年增加4674万元,增长6%;非税收入33520万元,较上年增加1896万元,增长6%。";

  it("a rate that fits either amount accuses nothing", () => {
    expect(check(court)).toEqual([]);
    expect(check(school)).toEqual([]);
  });

  it("a rate that fits neither is a warning naming both readings, never an error", () => {
    const found = check(court.replace("增加5.5%", "增加8.5%"));
    expect(found.map((f) => [f.severity, f.actual])).toEqual([["warning", "8.5%"]]);
    expect(errors(school.replace("减少90.49", "减少78.17"))).toEqual([]);
  });

  it("after the whole's own change, the item's change is the item's: a part's change altered breaks the change sum", () => {
    expect(errors(county)).toEqual([]);
    expect(errors(county.replace("增加1896万元", "增加1986万元"))).toEqual([["N.changeSum", "6660.00", "6570"]]);
  });
});

describe("words that may name two figures accuse only when both are contradicted", () => {
  // 梧州 军休: 总收入 581.45 (with 上年结转) and 本年收入 390.55 are different figures
  it("“总收入A，其中本年收入B” is no “同一数字两处不同”", () => {
    const text = "(一)本单位2021年度总收入581.45万元,其中本年收入390.55万元,较2020年度决算数减少175.26万元,下降31%。";
    expect(check(text)).toEqual([]);
  });
});

describe("a total written to a coarser unit than its parts", () => {
  it("cut instead of rounded is a warning saying what rounding gives", () => {
    const text = "政府采购支出总额12,345元，其中：政府采购货物支出10,000.25元、政府采购工程支出0元、政府采购服务支出2,345.42元。";
    const found = check(text);
    expect(found.map((f) => [f.rule, f.severity, f.kind])).toEqual([["N.total", "warning", "rounding"]]);
    expect(found[0].headline).toContain("按四舍五入应为12,346元");
    expect(errors(text.replace("12,345元", "12,445元"))).toEqual([["N.total", "12,345.67", "12445元"]]);
  });
});

describe("words addressed to the writer, found by their form", () => {
  const leftovers = (text: string) =>
    check(text)
      .filter((f) => f.rule === "N.leftover")
      .map((f) => f.actual);

  it.each([
    ["本年支出合计100.00万元（请根据本单位情况填写增减变化的主要原因）。", "（请根据本单位情况填写增减变化的主要原因）"],
    ["机关运行经费支出0.00万元。如无此项请删除本段。", "如无此项请删除本段。"],
    ["主要原因是（此处说明增减变化的原因，如人员增加、项目调整等）。", "（此处说明增减变化的原因，如人员增加、项目调整等）"],
    ["【请简要说明项目绩效目标完成情况】", "【请简要说明项目绩效目标完成情况】"],
    ["请据实填写政府采购支出总额及其构成。", "请据实填写政府采购支出总额及其构成。"],
  ])("“%s”", (text, left) => {
    expect(leftovers(text)).toEqual([left]);
  });

  it.each([
    "政府采购金额（以合同签订为准）为251.25万元。",
    "比上年决算数增加12.02万元,增长--(基数为0,不可比)。",
    "主要用于申请专项资金、提请审议事项及邀请专家评审。",
    "本单位已按要求报请上级部门审批，并说明了原因。",
    "住房保障支出（类）住房改革支出（款）住房公积金（项）支出决算为27.44万元。",
  ])("a statement about the unit is none: “%s”", (text) => {
    expect(leftovers(text)).toEqual([]);
  });
});

describe("parts against their stated total, in the words and units real texts use", () => {
  const checkYear = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
  const errorsIn = (text: string, year: number) =>
    checkYear(text, year)
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

  it("三公 = 接待 + 出国 + 用车 in 亿元, in a budget text (湖南 2016: 2.04 + 0.47 + 1.89 = 4.4)", () => {
    const text =
      "2016年“三公”经费预算为4.4亿元,其中,公务接待费2.04亿元,因公出国(境)费0.47亿元,公务用车购置及运行维护费1.89亿元(其中,公务用车购置费0.07亿元,公务用车运行维护费1.82亿元)。";
    expect(checkYear(text, 2016)).toEqual([]);
    expect(errorsIn(text.replace("公务接待费2.04亿元", "公务接待费2.27亿元"), 2016)).toEqual([["N.total", "4.63", "4.4亿元"]]);
    // 1.89 agrees with the 三公 total and either part may be wrong: no error on the confirmed 1.89, a warning naming both parts
    // (src/core/narrative/claims/culprit.ts)
    const partWrong = text.replace("公务用车购置费0.07亿元", "公务用车购置费0.27亿元");
    expect(errorsIn(partWrong, 2016)).toEqual([]);
    expect(checkYear(partWrong, 2016).map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.total", "warning", "1.89亿元"]]);
  });

  it("the total named in parentheses (“…公车运行费（“三公”经费）决算总额2771万元”, 龙泉 2018)", () => {
    const text =
      "2018年因公出国(境)经费、公务接待费、公车购置费,公车运行费(“三公”经费)决算总额2771万元,比上年下降1.8%。分项情况是:因公出国(境)经费决算120万元;公务接待费决算1033万元;公务用车购置及运行费决算1618万元,其中:公务用车购置费决算414万元;公务用车运行费决算1204万元。";
    expect(checkYear(text, 2018)).toEqual([]);
    expect(errorsIn(text.replace("1033万元", "1122万元"), 2018)).toEqual([["N.total", "2860.00", "2771"]]);
  });

  it("last year's figures add up among themselves, never against this year's (鄂尔多斯 2022 预算)", () => {
    const text = [
      "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车购置及运行维护费10万元。",
      "2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)经费0万元,公务接待12.39万元,公务用车购置及运行维护费7.73万元。",
    ].join("\n");
    expect(checkYear(text, 2022)).toEqual([]);
    expect(errorsIn(text.replace("7.73万元", "8.85万元"), 2022)).toEqual([["N.total", "21.24", "20.12"]]);
  });

  it("a “其中” sentence breaks down the last amount before it when its parts add up to it (桃江 2019)", () => {
    const text =
      "2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元,占88.86%;公务用车运行维护费为2.52万元,占11.14%。";
    expect(checkYear(text, 2019)).toEqual([]);
    expect(errorsIn(text.replace("占11.14%", "占8.14%"), 2019)).toEqual([["N.share", "11.14%", "8.14%"]]);
  });
});

describe("rates of change as other regions write them (blind run, stop 19)", () => {
  it("a rate in parentheses right after its change (西安新城区: “较上年减少1.5万元(42.86%)”, 1.5 ÷ 3.80 = 39.47%)", () => {
    const text = "2、公务接待费2.30万元,较上年减少1.5万元(39.47%),减少的主要原因是厉行节约。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("(39.47%)", "(42.86%)"))).toEqual([["N.growth", "39.47%", "42.86%"]]);
  });

  it("“比上年减少支出X，降幅达到p%” (福建: 0.88 ÷ (2.29 + 0.88) = 27.76%)", () => {
    const text = "2016年省级“三公”经费支出2.29亿元,比上年减少支出0.88亿元,降幅达到27.76%。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("27.76%", "38.7%"))).toEqual([["N.growth", "27.76%", "38.7%"]]);
  });

  it("“A费X和B费Y … 分别减少C和D，下降p和q”: named amounts joined by 和 pair with “分别” changes by place", () => {
    const text = "公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,下降56.25%和30.60%。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("下降56.25%和30.60%", "下降133.1%和30.60%"))).toEqual([["N.growth", "56.25%", "133.1%"]]);
    // without “分别” the list ties nothing
    expect(errors(text.replace("分别减少", "减少").replace("下降56.25%和30.60%", "下降133.1%和30.60%"))).toEqual([]);
  });
});

describe("a change inside parentheses belongs to the amount there (天山区 2019)", () => {
  const text = "公务用车购置及运行费585.53万元,同比减少144.92万元(公务用车购置费0万元,同比减少144.92万元;公务用车运行维护费585.53万元,同比减少0万元)。";
  it("the parts' changes add up to the car line's: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("the car line falls by 144.92 while its parts fall by 0 and 0: the car line's change is the one finding", () => {
    expect(errors(text.replace("购置费0万元,同比减少144.92万元", "购置费0万元,同比减少0万元"))).toEqual([["N.changeSum", "无增减", "减少144.92万元"]]);
  });
});

describe("a part whose change is said in words (“较上年持平”) changes by 0 (绵竹 2025 预算)", () => {
  const text =
    "2025年“三公”经费预算总额为1969万元,较2024年减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元,较上年减少209万元,下降11%。";
  it("0 + 12 + 209 = 221: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("a part's change that no longer adds up is found at the total's change", () => {
    expect(errors(text.replace("较上年减少209万元,下降11%", "较上年减少181万元,下降9.7%"))).toEqual([["N.changeSum", "减少193万元", "减少221万元"]]);
  });
  it("“基本持平” is a judgement, not a change of 0: the identity is not checked", () => {
    expect(errors(text.replace("较上年持平", "较上年基本持平").replace("较上年减少209万元,下降11%", "较上年减少181万元,下降9.7%"))).toEqual([]);
  });
});

describe("a change against the budget (“预算A万元，实际支出B万元，比预算减少C万元”, 国土资源部 2011)", () => {
  const text =
    "数据显示,财政部批复国土资源部 2011 年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,比预算减少250.71万元,各单位“三公经费”支出均控制在预算规模内。";
  it("3,535.78 − 3,786.49 = −250.71: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("a changed budget is found at the change, as actual − budget", () => {
    expect(errors(text.replace("预算3,786.49万元", "预算4,438.26万元"))).toEqual([["N.difference", "902.48", "250.71"]]);
  });
  it("a second actual amount before the change leaves it untied: nothing", () => {
    expect(
      errors(text.replace("实际支出3,535.78万元", "实际支出3,535.78万元,其中实际公务接待支出35.78万元").replace("预算3,786.49万元", "预算4,438.26万元")),
    ).toEqual([]);
  });

  describe("the actual stated first, the budget right before the change (“决算数为A,预算数为B,比年初预算数减少C”)", () => {
    // the order of sd-weifang-2015-final-sangong ¶2, with figures of its own: 5218 − 7530 = −2312
    const order = (change: string) => `2016年“三公”经费决算数为5218万元,预算数为7530万元,比年初预算数减少${change}万元,主要是压减公务接待。`;
    it("5218 − 7530 = −2312: nothing wrong", () => {
      expect(errors(order("2312"))).toEqual([]);
    });
    it("a changed difference is found as actual − budget", () => {
      expect(errors(order("2132"))).toEqual([["N.difference", "2312.00", "2132"]]);
    });
    it("the actual's name holding 预算 in a unit's or a fund's name (“预算部门…一般公共预算财政拨款…决算数”): the measure it ends on counts", () => {
      const named = order("2132").replace("2016年“三公”经费决算数", "2016年市级预算部门使用一般公共预算财政拨款安排的“三公”经费决算数");
      expect(errors(named)).toEqual([["N.difference", "2312.00", "2132"]]);
      expect(errors(named.replace("2132", "2312"))).toEqual([]);
    });
    it("another amount between the budget and the change leaves it untied: nothing", () => {
      expect(errors(order("2132").replace("预算数为7530万元", "预算数为7530万元,其中公务接待费预算数为310万元"))).toEqual([]);
    });
  });
});

describe("the 三公 total named with its own scope (“使用财政拨款安排“三公”经费预算总额”, 绵竹 2025 预算)", () => {
  const text =
    "根据《四川省预决算公开操作规程》的有关规定,2025年全市行政单位、事业单位和其他单位使用财政拨款安排“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元,较上年减少209万元,下降11%。";
  it("0 + 12 + 209 = 221: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("a part's change that no longer adds up, its rate confirming the sum, is found at that part (“预决算” cited: still a budget text)", () => {
    expect(errors(text.replace("较上年减少209万元", "较上年减少181万元"))).toEqual([["N.changeSum", "209.00", "181"]]);
  });
  it("another fund's 财政拨款 is another total: nothing", () => {
    expect(errors(text.replace("使用财政拨款", "使用政府性基金财政拨款").replace("较上年减少209万元", "较上年减少181万元"))).toEqual([]);
  });
});

describe("a share's parent named in other words (“授予中小企业合同总金额”, 新余 2025 政府采购)", () => {
  const text =
    "全市政府采购授予中小企业合同金额为1.3亿元,授予中小企业合同总金额占全市政府采购规模的98.43%;其中,授予小微企业合同金额0.9亿元,占授予中小企业合同总金额的69.23%。";
  it("0.9 ÷ 1.3 = 69.23%: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("a changed parent is found at the share", () => {
    expect(errors(text.replace("金额为1.3亿元", "金额为3.3亿元"))).toEqual([["N.share", "27.27%", "69.23%"]]);
  });
  it("a parent of other words (“授予大型企业合同总金额”) is not tied: nothing", () => {
    expect(errors(text.replace("占授予中小企业合同总金额的69.23%", "占授予大型企业合同总金额的62.48%"))).toEqual([]);
  });
});

describe("a rate that fails under every amount its change may belong to: a warning, never an error", () => {
  // 梧州 2025 预算: 43506.06 ÷ (1085203.63 + 43506.06) = 3.85% — the change belongs to the total before “其中”
  const text = "2025年本年一般公共预算支出1085203.63元,其中:基本支出1037103.63元,项目支出48100元,同比减少43506.06元,下降3.85%。";
  it("one of the amounts gives the stated rate: nothing", () => {
    expect(check(text)).toEqual([]);
  });
  it("none of them does: one warning naming what each reading gives", () => {
    const findings = check(text.replace("下降3.85%", "下降13.85%"));
    expect(findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.growth", "warning", "13.85%"]]);
    expect(findings[0].headline).toContain("应为3.85%");
    expect(findings[0].headline).toContain("应为47.49%");
  });
});

describe("a car line its own parts and the 三公 total both correct is the slip (汉阳区 2013)", () => {
  const text = [
    "“三公”经费支出总数为5,572万元,比上年增长18.86%。",
    "1.因公出国(境)支出169万元,比上年下降16.34%。",
    "2.公务用车购置及运行维护支出4,647万元,比上年增长58.65%。",
    "其中:公务用车购置支出1,088万元,比上年增长97.1%;公务用车运行维护支出3,559万元,比上年增长49.73%。",
    "3.公务接待支出756万元。",
  ].join("\n");
  it("as published with the separator right: nothing wrong", () => {
    expect(errors(text)).toEqual([]);
  });
  it("“4.647万元” for 4,647: one error, at the car line, none at the 三公 total", () => {
    expect(errors(text.replace("4,647万元", "4.647万元"))).toEqual([["N.total", "4647.00", "4.647"]]);
  });
  it("a part wrong while the car line agrees with the 三公 total: either part may be the slip — a warning naming both, no error", () => {
    const partWrong = text.replace("1,088万元", "1,188万元");
    expect(errors(partWrong)).toEqual([]);
    const warnings = check(partWrong).filter((f) => f.severity === "warning" && f.actual === "4647");
    expect(warnings.map((f) => f.rule)).toEqual(["N.total"]);
    expect(warnings[0].headline).toContain("请核对公务用车购置费、公务用车运行维护费");
  });
});

describe("shares of the items of one list cannot exceed 100% (新余 2025 政府采购)", () => {
  const text =
    "2025年一季度全市政府采购规模为1.32亿元。其中,货物、工程、服务政府采购规模分别为0.72亿元、0.02亿元和0.59亿元,占全市政府采购规模比例为54.54%、1.51%和44.69%。";
  it("54.54% + 1.51% + 44.69% = 100.74%: an error, though each share alone is within rounding", () => {
    expect(errors(text)).toEqual([["N.shareSum", "100%", "100.74%"]]);
    // shares adding up to 100% are not summed wrong; 53.80% is then wrong against the whole it names, “一季度全市政府采购
    // 规模1.32亿元” (the period of the report before the scope names the same figure): 0.72 ÷ 1.32 = 54.55%
    expect(errors(text.replace("54.54%", "53.80%"))).toEqual([["N.share", "54.55%", "53.80%"]]);
  });
  it("shares of one parent that are not items of one list may overlap (中小企业 and 小微企业): never summed", () => {
    const overlap = "全市政府采购授予中小企业合同金额为1.3亿元,占全市政府采购规模的98.43%;授予小微企业合同金额0.9亿元,占全市政府采购规模的69.23%。";
    expect(errors(overlap).filter(([rule]) => rule === "N.shareSum")).toEqual([]);
  });
});

describe("one-character change words right after a comparison (临沧 2018: “较上年减0.04万元,增0.01%”)", () => {
  it("the amount falls while the rate says 增: a direction error at the rate", () => {
    expect(errors("2.商品和服务支出较上年减0.04万元,增0.01%。")).toEqual([["N.direction", "下降", "增长"]]);
    expect(errors("2.商品和服务支出较上年减0.04万元,减0.01%。")).toEqual([]);
  });
  it("增 / 减 elsewhere are no change words (“增减的主要原因”)", () => {
    expect(check("增减的主要原因是:认真执行中央八项规定。")).toEqual([]);
  });
});

describe("a rate off by no more than one unit in its last place is a warning that says so — never “within rounding”", () => {
  // 防城港 交易中心 2018 预算: 8.25 ÷ (317.6 − 8.25) = 2.67%, printed 2.8% — 0.08 point beyond what 2.8% can stand for
  const fangchenggang = "2018年收入总预算317.6万元,同比增加8.25万元,同比增长2.8%。";

  it("as published: a warning naming the rate, the computed one, and the one-unit gap", () => {
    const [finding, ...rest] = check(fangchenggang);
    expect(rest).toEqual([]);
    expect([finding.rule, finding.severity]).toEqual(["N.growth", "warning"]);
    expect(finding.headline).toContain("= 2.67%，相差不超过末位一个单位（可能是尾差或末位截断），请确认。");
    expect(finding.headline).not.toContain("四舍五入尾差范围内");
  });

  it("two units off: an error with the rate it should be", () => {
    expect(errors(fangchenggang.replace("2.8%", "2.9%"))).toEqual([["N.growth", "2.67%", "2.9%"]]);
  });
});
