import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * Parts and budgets a paragraph apart, tied only by words that refer back with certainty (issue #19, round f28): a view
 * opening a paragraph (“分中央和地方看,…”) cuts the whole the paragraph before states when its parts are the two levels of
 * that whole named in its own words; a completion “为调整预算的p%” takes the budget an earlier sentence revised
 * (“…预算进行了调整,调整后,全区财政总收入为A万元,…”) when exactly one such amount names the same item.
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("a paragraph opening with a view cuts the whole of the paragraph before into its levels (财政部 2025 上半年)", () => {
  const h1 = corpusText("zy-national-2025-h1-revenue");

  it("holds on the real text: 48589 + 66977 = 115566 and 19914 + 121357 = 141271", () => {
    expect(check(h1.text, h1.year)).toEqual([]);
  });

  it("a level changed is an error at the whole the two levels are all of (118266 against 115566)", () => {
    expect(errors(h1.text.replace("地方一般公共预算本级收入66977亿元", "地方一般公共预算本级收入69677亿元"), h1.year)).toEqual([
      ["N.listSum", "118266.00", "115566亿元"],
    ]);
  });

  it("below the whole too, the two levels being all of it (19194 + 121357 = 140551 against 141271)", () => {
    expect(errors(h1.text.replace("中央一般公共预算本级支出19914亿元", "中央一般公共预算本级支出19194亿元"), h1.year)).toEqual([
      ["N.listSum", "140551.00", "141271亿元"],
    ]);
  });

  it("a paragraph before stating the whole's words twice ties neither", () => {
    const twice = h1.text.replace("同比下降0.3%。", "同比下降0.3%;二季度,全国一般公共预算收入60000亿元。");
    expect(errors(twice.replace("地方一般公共预算本级收入66977亿元", "地方一般公共预算本级收入69677亿元"), h1.year)).toEqual([]);
  });

  it("parts that are no two levels of the whole's own words tie nothing (“从全国看,…全省…”, “旗本级…苏木镇及开发区…”)", () => {
    const wider = "全市一般公共预算收入100亿元,同比增长3%。\n从全国看,全国一般公共预算收入115566亿元;全省一般公共预算收入3000亿元。";
    expect(errors(wider, 2025)).toEqual([]);
    const wushen = corpusText("nm-wushen-2022-budget-execution-h1");
    expect(check(wushen.text, wushen.year)).toEqual([]);
    expect(errors(wushen.text.replace("完24.56亿元", "完34.56亿元"), wushen.year)).toEqual([]);
  });
});

describe("a level's remark in parentheses says what it covers (宜春 2024 “分级次看,市级(市本级、“三区”)…,县(市、区)…”)", () => {
  const yichun = corpusText("jx-yichun-2024-budget-execution");

  it("holds on the real text: 49.5 + 234.6 = 284.1 of the paragraph before", () => {
    expect(check(yichun.text, yichun.year)).toEqual([]);
  });

  it("the whole above its two levels is an error at it; a level changed under a whole its share confirms, a warning at the whole", () => {
    const whole = yichun.text.replace("全市一般公共预算收入284.1亿元", "全市一般公共预算收入248.1亿元");
    expect(errors(whole, yichun.year)).toContainEqual(["N.listSum", "284.10", "248.1亿元"]);
    const level = yichun.text.replace("县(市、区)一般公共预算收入234.6亿元", "县(市、区)一般公共预算收入243.6亿元");
    expect(errors(level, yichun.year)).toEqual([]);
    expect(
      check(level, yichun.year)
        .filter((f) => f.rule === "N.listSum")
        .map((f) => [f.severity, f.actual]),
    ).toEqual([["warning", "284.1亿元"]]);
  });
});

describe("a paragraph opening with the whole named in full breaks down the one amount of the paragraph before of that name (阿拉善 2020)", () => {
  const alxa = corpusText("nm-alxa-2020-budget-execution");

  it("holds on the real text: 33648 + 277034 = 310682 = 213251 + 97431", () => {
    expect(check(alxa.text, alxa.year)).toEqual([]);
  });

  it("a level or a part changed is an error naming it: the whole's own change and rate confirm it", () => {
    expect(errors(alxa.text.replace("旗级一般公共预算收入累计完成277034万元", "旗级一般公共预算收入累计完成270734万元"), alxa.year)).toEqual([
      ["N.listSum", "277034.00", "270734"],
    ]);
    expect(errors(alxa.text.replace("非税收入累计完成97431万元", "非税收入累计完成79431万元"), alxa.year)).toEqual([["N.listSum", "97431.00", "79431"]]);
  });

  it("a name the paragraph before states twice, or not at all, ties nothing", () => {
    const changed = alxa.text.replace("旗级一般公共预算收入累计完成277034万元", "旗级一般公共预算收入累计完成270734万元");
    expect(errors(changed.replace("在全盟一般公共预算收入中", "在全盟一般公共预算支出中"), alxa.year)).toEqual([]);
    const twice = changed.replace("增长8.1%;", "增长8.1%;12月全盟一般公共预算收入完成30000万元;");
    expect(errors(twice, alxa.year)).toEqual([]);
  });
});

describe("the side of the money named before the view (“收入方面,分中央和地方看,…”, 财政部 2025 一季度)", () => {
  const q1 = corpusText("zy-national-2025-revenue-q1");

  it("holds on the real text", () => {
    expect(check(q1.text, q1.year)).toEqual([]);
  });

  it("the view takes the one whole of the paragraph before that its levels name: 收入 60189, not 支出 72815", () => {
    expect(errors(q1.text.replace("地方一般公共预算本级收入35857亿元", "地方一般公共预算本级收入38557亿元"), q1.year)).toEqual([
      ["N.listSum", "62889.00", "60189亿元"],
    ]);
  });

  it("a whole two paragraphs up, past another view, is not read (支出 72815 in ¶1, its levels in ¶3)", () => {
    expect(errors(q1.text.replace("中央一般公共预算本级支出8717亿元", "中央一般公共预算本级支出7817亿元"), q1.year)).toEqual([]);
  });
});

describe("a completion of a budget an earlier sentence revised (播州 2020 “调整后,全区财政总收入为385,000万元”)", () => {
  const bozhou = corpusText("gz-bozhou-2020-budget-execution");

  it("holds on the real text: 392,026 ÷ 385,000 = 101.8%, 132,646 ÷ 126,600 = 104.8%", () => {
    expect(check(bozhou.text, bozhou.year)).toEqual([]);
  });

  it("a changed rate is an error naming it, of “为调整预算的” and of plain “为预算的”", () => {
    expect(errors(bozhou.text.replace("为调整预算的101.8%", "为调整预算的108.1%"), bozhou.year)).toEqual([["N.completion", "101.82%", "108.1%"]]);
    expect(errors(bozhou.text.replace("为预算的104.8%", "为预算的108.4%"), bozhou.year)).toEqual([["N.completion", "104.78%", "108.4%"]]);
  });

  it("amounts after “调整后,” with no budget revised before it, or of another item, are no budget", () => {
    const notRevised = bozhou.text.replace("对全区和区本级预算进行了调整,调整后,", "调整后,");
    expect(errors(notRevised.replace("为调整预算的101.8%", "为调整预算的108.1%"), bozhou.year)).toEqual([]);
    const otherItem = bozhou.text.replace("全区财政总收入完成392,026万元", "全区税收收入完成392,026万元");
    expect(errors(otherItem.replace("为调整预算的101.8%", "为调整预算的108.1%"), bozhou.year)).toEqual([]);
  });

  it("two revised budgets of the item tie neither, and 年初预算 is no revised one", () => {
    const two = bozhou.text.replace("一般公共预算支出为525,000万元。", "一般公共预算支出为525,000万元;区本级预算调整后,全区财政总收入为390,000万元。");
    expect(errors(two.replace("为调整预算的101.8%", "为调整预算的108.1%"), bozhou.year)).toEqual([]);
    expect(errors(bozhou.text.replace("为调整预算的101.8%", "为年初预算的108.1%"), bozhou.year)).toEqual([]);
  });
});

describe("“持平” with a named year is a change of 0 against that year's amount stated before (四川 教育厅 2011/2012)", () => {
  const edu = corpusText("sc-edu-2011-final-sangong");
  const flat = edu.text.replace("公务接待费预算59.94万元,与2011年决算基本持平", "公务接待费预算59.64万元,与2011年决算持平");

  it("holds on the real text, and “基本持平” (59.94 against 59.64) says nothing", () => {
    expect(check(edu.text, edu.year)).toEqual([]);
    expect(check(flat, edu.year)).toEqual([]);
  });

  it("a flat budget off the 决算 stated before for that year and item is an error naming it (59.94 against ¶7's 59.64)", () => {
    expect(errors(flat.replace("公务接待费预算59.64万元", "公务接待费预算59.94万元"), edu.year)).toEqual([["N.difference", "59.64", "59.94"]]);
  });

  it("another measure than the words name, two amounts of that year, or another year tie nothing", () => {
    const off = flat.replace("公务接待费预算59.64万元", "公务接待费预算59.94万元");
    expect(errors(off.replace("59.94万元,与2011年决算持平", "59.94万元,与2011年预算持平"), edu.year)).toEqual([]);
    expect(errors(off.replace("59.94万元,与2011年决算持平", "59.94万元,与2010年决算持平"), edu.year)).toEqual([]);
    const twice = off.replace("国内公务接待支出42.64万元", "国内公务接待支出42.64万元。2011年公务接待费支出合计59.60万元");
    expect(errors(twice, edu.year)).toEqual([]);
  });

  it("the 2011 amount of ¶4 is bound by no figure's words (“…合作交流项目住宿费、旅费…等费用共计25万元”): ¶5 is not judged", () => {
    expect(errors(edu.text.replace("经费预算25万元", "经费预算52万元"), edu.year)).toEqual([]);
    const named = edu.text.replace(
      "实际发生因公出国(境)学习培训及合作交流项目住宿费、旅费、伙食费、杂费、培训费等费用共计25万元",
      "因公出国(境)经费支出25万元",
    );
    expect(errors(named.replace("经费预算25万元", "经费预算52万元"), edu.year)).toEqual([["N.difference", "25.00", "52"]]);
  });
});

describe("a completion of a total revised under a heading naming the budget's revision (璧山 大兴 2024 “收入总计调整为9877万元”)", () => {
  const daxing = corpusText("cq-bishan-daxing-2024-final-report");
  const income = "(1)收入总计10855万元,完成调整预算的109.9%";

  it("holds on the real text: 10855 ÷ 9877 = 109.9% for 收入总计 and 支出总计 alike", () => {
    expect(check(daxing.text, daxing.year)).toEqual([]);
  });

  it("a changed rate is an error naming it, against the revised total of its own item", () => {
    expect(errors(daxing.text.replace(income, "(1)收入总计10855万元,完成调整预算的119.9%"), daxing.year)).toEqual([["N.completion", "109.90%", "119.9%"]]);
  });

  it("“调整为” outside a revision of the budget, or the parts of a revised list, are no revised budget", () => {
    const noHeading = daxing.text.replace("批准的预算调整方案。", "批准的方案。").replace(income, "(1)收入总计10855万元,完成调整预算的119.9%");
    expect(errors(noHeading, daxing.year)).toEqual([]);
    // 6796 ÷ 8141 (¶8, a part of the revised 支出总计's list) = 83.48%: not read
    expect(errors(daxing.text.replace("为调整预算的83.48%", "为调整预算的88.48%"), daxing.year)).toEqual([]);
  });
});
