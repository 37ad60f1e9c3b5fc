import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * The wording of the stop-32 blind rounds on 华北 / 西北 / 西南 texts (test/fixtures/texts/README.md, “Blind rounds
 * on 华北 / 西北 / 西南 texts, stop 32”): another budget's amount inside a “其中” list, last year's end in a budget text,
 * a government's debt of two kinds, a “其中：” standing alone after its total's sentence, a “其中” after a sentence of
 * rates only, and the words that allocate an amount (“分别列入:”).
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("an amount of another budget (fund) than the total's is no part of its “其中” list (重庆 巴南 2021-6)", () => {
  const banan = corpusText("cq-banan-2021-revenue-jun");

  it("政府性基金预算收入 and 国有资本经营收入 after 税收 and 非税 are not summed into the 一般公共预算收入", () => {
    expect(check(banan.text, banan.year)).toEqual([]);
  });

  it("the list of the total's own budget is still checked: 税收 + 非税 is the whole 一般公共预算收入", () => {
    expect(errors(banan.text.replace("77582万元", "87582万元"), banan.year)).toEqual([["N.listSum", "326580.00", "316580"]]);
    expect(errors(banan.text.replace("77582万元", "67582万元"), banan.year)).toEqual([["N.listSum", "306580.00", "316580"]]);
  });

  it("a total that names no budget keeps every part (“财政总收入…其中一般公共预算收入…政府性基金收入…”)", () => {
    expect(errors("全市财政总收入100万元，其中一般公共预算收入60万元，政府性基金收入50万元。", 2021)).toEqual([["N.listSum", "110.00", "100"]]);
  });
});

describe("a budget text states the end of last year as its starting point (宁夏 大武口 2023 预算调整)", () => {
  const dawukou = corpusText("nx-dawukou-2023-budget-adjustment");

  it("“截至2022年底,我区法定债务余额为…” in a 2023 budget text is no wrong year", () => {
    expect(check(dawukou.text, dawukou.year)).toEqual([]);
  });

  it("a 决算 text's 截至 of another year is still asked about", () => {
    const final = "2023年度部门决算。截至2022年12月31日，本部门共有车辆5辆，决算支出10万元。";
    expect(check(final, 2023).map((f) => f.rule)).toEqual(["N.year"]);
  });
});

describe("a government's debt is 一般 + 专项, its limit too (宁夏 大武口 2023)", () => {
  const dawukou = corpusText("nx-dawukou-2023-budget-adjustment");

  it("a 债务余额 above its two kinds is found, as one below them", () => {
    expect(errors(dawukou.text.replace("余额为177,117.83万元", "余额为178,117.83万元"), dawukou.year)).toEqual([["N.listSum", "177,117.83", "178117.83"]]);
    expect(errors(dawukou.text.replace("限额为200,007万元", "限额为210,007万元"), dawukou.year)).toEqual([["N.listSum", "200,007.00", "210007"]]);
  });
});

describe("a “其中：” standing alone after its total's sentence opens the numbered list below it (重庆 市级 三公 2024)", () => {
  const cq = corpusText("cq-city-2024-budget-sangong");

  it("holds on the real text", () => {
    expect(check(cq.text, cq.year).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a total the three 三公 items do not add up to is found", () => {
    expect(errors(cq.text.replace("预算6.08亿元", "预算6.68亿元"), cq.year)).toEqual([["N.listSum", "6.08", "6.68亿元"]]);
  });
});

describe("a “其中” after a sentence of rates only breaks down the amount before that sentence (天津 红桥 2022)", () => {
  const hongqiao = corpusText("tj-hongqiao-2022-budget-execution");

  it("holds on the real text", () => {
    expect(check(hongqiao.text, hongqiao.year)).toEqual([]);
  });

  it("“收入预计157,500万元…。剔除…下降16.8%。其中,税收收入108,000万元…;非税收入49,500万元” is checked as a whole list", () => {
    expect(errors(hongqiao.text.replace("49,500万元", "45,900万元"), hongqiao.year)).toEqual([["N.listSum", "153,900.00", "157500"]]);
  });

  it("a sentence without any figure still ends the amount's reach", () => {
    expect(errors("收入总计100万元。支出情况如下。其中，基本支出80万元，项目支出40万元。", 2022)).toEqual([]);
  });
});

describe("the words that allocate an amount open its list (甘肃 卓尼 2023 预算调整)", () => {
  const zhuoni = corpusText("gs-zhuoni-2023-budget-adjustment");

  it("科目 codes are no amounts, and the real text holds", () => {
    expect(check(zhuoni.text, zhuoni.year)).toEqual([]);
  });

  it("parts allocated beyond the amount are found", () => {
    expect(errors(zhuoni.text.replace("“公路建设”科目7044万元", "“公路建设”科目7104万元"), zhuoni.year)).toEqual([["N.listSum", "7204.00", "7144"]]);
  });
});

describe("a report on several departments states each one's figures (中央部门 2011, 北京 2015)", () => {
  const departments = corpusText("zy-departments-2011-final-sangong");

  it("商务部's and 工商总局's 三公 totals are not judged against 人民银行's 出国 and 国税总局's 用车 and 接待", () => {
    expect(check(departments.text, departments.year).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("units named before the figure's own name are told apart within one sentence", () => {
    const bj = corpusText("bj-city-2015-final-sangong-b");
    expect(errors(bj.text, bj.year)).toEqual([]);
  });

  it("one department's 三公 parts still add up to its own total (国家林业局 2010)", () => {
    const forestry = corpusText("zy-forestry-2010-final-sangong");
    expect(check(forestry.text, forestry.year)).toEqual([]);
    expect(errors(forestry.text.replace("公务接待费787.78万元", "公务接待费887.78万元"), forestry.year).map(([rule]) => rule)).toEqual(["N.total"]);
  });
});

describe("the actual's measure before a comparison with the budget (“决算比预算减少65.90万元”)", () => {
  const departments = corpusText("zy-departments-2011-final-sangong");

  it("is actual − budget, the two amounts of its sentence", () => {
    expect(errors(departments.text.replace("减少65.90万元", "减少75.90万元"), departments.year)).toEqual([["N.difference", "65.90", "75.90"]]);
  });
});

describe("a share after a sentence stating one item's budget and its actual is of the actual (人民银行 2011)", () => {
  const departments = corpusText("zy-departments-2011-final-sangong");

  it("fits the actual: nothing to say", () => {
    expect(check(departments.text, departments.year).filter((f) => f.rule === "N.share")).toEqual([]);
  });

  it("fits neither: an error against the actual", () => {
    expect(errors(departments.text.replace("占81.08%", "占87.08%"), departments.year)).toEqual([["N.share", "81.08%", "87.08%"]]);
  });
});

describe("a share stated as a lower bound (海关总署 2010: “约为4.57亿元,占90%以上”)", () => {
  const customs = corpusText("zy-customs-2010-final-sangong-caixin");

  it("holds where the amounts allow at least that much", () => {
    expect(check(customs.text, customs.year).filter((f) => f.rule === "N.share")).toEqual([]);
  });

  it("a bound the amounts cannot reach is an error", () => {
    expect(errors(customs.text.replace("占90%以上", "占95%以上"), customs.year).map(([rule]) => rule)).toEqual(["N.share"]);
  });
});

describe("a title naming last year's 决算 beside this year's 预算, and a rate against that 决算 stated paragraphs before (四川省统计局 2012)", () => {
  const stats = corpusText("sc-stats-2012-budget-sangong");

  it("neither the title nor the sentences of 2011 are a wrong year, and the rates hold", () => {
    expect(check(stats.text, stats.year)).toEqual([]);
  });

  it("“安排公务接待费预算178万元,较2011年决算下降p%” is judged against the 2011 公务接待费 of the paragraph before", () => {
    expect(errors(stats.text.replace("下降3.78%", "下降4.78%"), stats.year)).toEqual([["N.growth", "3.78%", "4.78%"]]);
    expect(errors(stats.text.replace("增长33%", "增长43%"), stats.year)).toEqual([["N.growth", "33.33%", "43%"]]);
  });

  it("two earlier amounts of that year and item leave the base in doubt: nothing is said", () => {
    const twice = stats.text.replace("公务接待费185万元。", "公务接待费185万元。2011年四川省统计局机关公务接待费190万元。");
    expect(errors(twice.replace("下降3.78%", "下降4.78%"), stats.year)).toEqual([]);
  });
});

describe("a view of the amount before (“分结构看:”, “分级次看:”) breaks it down, and a whole split by level is complete (甘肃 2021)", () => {
  const may = corpusText("gs-province-2021-revenue-may");

  it("holds on the real text", () => {
    expect(errors(may.text, may.year)).toEqual([]);
  });

  it("省级 + 市县 below the whole is found: the two levels are all of it", () => {
    const lowered = may.text.replace("市县收入274.5亿元", "市县收入229.2亿元");
    // the whole is told by its own change and rate (60.7 ÷ 329.2 = 18.4%; at 344.6, 21.4%): both levels free, a warning at it
    expect(errors(lowered, may.year)).toEqual([]);
    expect(
      check(lowered, may.year)
        .filter((f) => f.severity === "warning" && f.rule === "N.listSum")
        .map((f) => f.actual),
    ).toEqual(["389.9亿元"]);
  });

  it("a second view cuts the same whole, not the first view's parts", () => {
    expect(errors(may.text.replace("非税收入106.4亿元", "非税收入126.4亿元"), may.year).map(([rule]) => rule)).toContain("N.listSum");
  });

  it("a plain “其中” after a “其中” breaks down no more the whole before", () => {
    const nested = "全省一般公共预算收入100亿元。其中:省级一般公共预算收入40亿元;市县一般公共预算收入60亿元。其中:税收收入20亿元,非税收入10亿元。";
    expect(errors(nested, 2021)).toEqual([]);
    expect(errors(nested.replace("市县一般公共预算收入60亿元", "市县一般公共预算收入50亿元"), 2021)).toEqual([["N.listSum", "90.00", "100亿元"]]);
  });
});

describe("a revision between two budgets of one year is no growth (长寿 2020 预算调整)", () => {
  const changshou = corpusText("cq-changshou-2020-budget-adjustment");

  it("“由362,000万元调整为416,000万元,调增54,000万元,增长18.3%”: the rate is the new amount's growth over last year", () => {
    expect(errors(changshou.text, changshou.year)).toEqual([]);
  });

  it("the revision itself is still checked", () => {
    expect(errors(changshou.text.replace("调增54,000万元", "调增64,000万元"), changshou.year).map(([rule]) => rule)).toContain("N.difference");
  });
});

describe("a rate naming its item and two years, their amounts on the lines above (乌鲁木齐第十四幼儿园 2016 预算)", () => {
  // xj-urumqi-youeryuan14-2016-budget ¶3–¶5: (1560.62 − 1299.3) ÷ 1299.3 = 20.11%
  const lines = (rate: string, first = "2015年收入预算1299.3万元,支出预算1299.3万元;") =>
    ["1、预算增减变化情况说明。", first, "2016年收入预算1560.62万元,支出预算1560.62万元。", rate].join("\n");
  const rate = "2016年收入(支出)预算比2015年增长20.1%,增加原因为有新增公招人员,工资福利支出增加,政府加大教育拨款的力度。";

  it("holds on the real text", () => {
    const urumqi = corpusText("xj-urumqi-youeryuan14-2016-budget");
    expect(check(urumqi.text, urumqi.year)).toEqual([]);
    expect(check(lines(rate), 2016)).toEqual([]);
  });

  it("the rate altered is an error naming it, the amounts quoted from the lines above", () => {
    const found = check(lines(rate.replace("20.1%", "25.1%")), 2016).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.growth", "20.11%", "25.1%"]]);
    expect(found[0].message).toMatch(/^第4段.*前文“2015年收入预算1299.3万元”“2016年收入预算1560.62万元”/);
  });

  it("lines that leave the amounts in doubt tie nothing: two values for a year, or a name the words give that no line states", () => {
    const altered = rate.replace("20.1%", "25.1%");
    expect(errors(lines(altered, "2015年收入预算1299.3万元,支出预算1301.3万元;"), 2016)).toEqual([]);
    expect(errors(lines(altered, "2014年收入预算1299.3万元,支出预算1299.3万元;"), 2016)).toEqual([]);
    expect(errors(lines(altered.replace("收入(支出)预算", "人员经费")), 2016)).toEqual([]);
  });
});
