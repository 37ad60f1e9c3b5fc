import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19z (test/fixtures/texts/: 铜梁 安居镇 2021, 英德 2016, 教育部 2011 …): the parts of a
 * “其中” list are of the measure their head names, “较上年支出数” / “对比” only compare, the same item in two years
 * before a change, and “比当年预算节省了”.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("the parts of a “其中” list under a budget are the items' budgets, not their 决算", () => {
  const anju = [
    "2021年我镇“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元,公务用车购置0万元。",
    "2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.26%。全年实际支出比较预算和决算都有所下降。",
  ].join("\n");

  // the text says 决算 (a text that never does is read as a budget text)
  it("the 决算 total is not summed from the budget's parts", () => {
    expect(errors(anju, 2021)).toEqual([]);
  });

  it("the same parts under the 决算 total still add up to it", () => {
    const actual = "2021年“三公”经费支出共计9.07万元,其中:因公出国(境)费0万元,公务接待费4万元,公务用车运行维护费4万元,公务用车购置0万元。";
    expect(errors(actual, 2021)).toEqual([["N.total", "8.00", "9.07"]]);
  });

  it("the parts of last year's amount are no figure of the report's year", () => {
    const prior = "上年“三公”经费支出20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元。本年“三公”经费支出9.07万元。";
    expect(errors(prior, 2021)).toEqual([]);
  });
});

describe("“较上年支出数减少C万元，下降p%”: “支出数” after the comparison names no item", () => {
  it("the change is of the amount of its clause, and its rate is checked", () => {
    const written = "2021年“三公”经费支出共计9.07万元,较上年支出数减少0.71万元,下降7.83%。";
    expect(errors(written, 2021)).toEqual([["N.growth", "7.26%", "7.83%"]]);
    expect(errors(written.replace("7.83", "7.26"), 2021)).toEqual([]);
  });
});

describe("“X年预算A，Y年预算B；对比减少C；减少率p%”: the same item in two years before a change", () => {
  const yingde =
    "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。其中:1、公务接待费2016年预算8万元,2015年预算12.35万元;对比减少4.35万元;减少率35.22%。";

  it("holds on the corrected text", () => {
    expect(errors(yingde, 2016)).toEqual([]);
  });

  it("a prior that the change and its rate both contradict is the slip, named with the value they give", () => {
    expect(errors(yingde.replace("预算12.35", "预算12.5"), 2016)).toEqual([["N.difference", "12.35", "12.5"]]);
  });

  it("a change that the two amounts contradict is named", () => {
    expect(errors(yingde.replace("减少24.55", "减少20.55"), 2016)).toEqual([["N.difference", "24.55", "20.55"]]);
  });

  it("the rate is checked against the prior (减少率 is a rate word)", () => {
    expect(errors(yingde.replace("35.22", "30.22"), 2016)).toEqual([["N.growth", "35.22%", "30.22%"]]);
  });
});

describe("“预算为A万元。…实际开支B万元，比当年预算节省了C万元”: 节省 is a decrease against the budget of the sentence before", () => {
  const moe = "2010年,财政部批准教育部的“三公经费”预算为2513.6万元。预算执行过程中,加强管理,全年实际开支“三公经费”2496.12万元,比当年预算节省了17.48万元。";

  it("holds on the real text", () => {
    expect(errors(moe, 2011)).toEqual([]);
  });

  it("a changed actual is found", () => {
    expect(errors(moe.replace("2496.12", "2296.12"), 2011).map(([rule]) => rule)).toEqual(["N.difference"]);
  });

  it("takes no budget from a sentence before that states more than one amount", () => {
    const two = moe.replace("预算为2513.6万元", "预算为2513.6万元,上年2600万元");
    expect(errors(two.replace("2496.12", "2296.12"), 2011)).toEqual([]);
  });
});

describe("“减少(增加)0.11万元，同比下降(增加)6%”: a template's two directions left in are judged both ways", () => {
  const puer = "普洱市民族中学2017年“三公”经费财政拨款预算安排4.97万元。 2017年“三公”经费预算数较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加)6%。";
  const rules = (text: string) => errors(text, 2017).map(([rule]) => rule);

  it("a rate that fits neither direction is an error (0.11 ÷ 4.86 = 2.26%, 0.11 ÷ 5.08 = 2.17%)", () => {
    expect(rules(puer)).toEqual(expect.arrayContaining(["N.growth"]));
  });

  it("a rate that fits one direction is no error", () => {
    expect(rules(puer.replace("6%", "2.26%"))).not.toContain("N.growth");
    expect(rules(puer.replace("6%", "2.17%"))).not.toContain("N.growth");
  });

  it("a change whose direction is left open is no total of the “其中” list after it", () => {
    const car = "公车购置及运行维护费3万元,较2016年的3万元增加(减少)0万元,主要是由于工作导致增加(减少)。其中:购置经费0万元、运行维护费3万元。";
    expect(rules(car)).not.toContain("N.listSum");
  });
});

describe("names compared without the writer's quotes, the same item compared with itself", () => {
  it("“三公经费”财政拨款预算 is the 三公 total, its parts add up to it", () => {
    const central = "2013年中央本级“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元,公务用车购置及运行费43.99亿元,公务接待费14.34亿元。";
    expect(errors(central, 2013)).toEqual([]);
    expect(errors(central.replace("43.99", "54.36"), 2013).map(([rule]) => rule)).toEqual(["N.total"]);
  });

  it("a budget stated beside its actual is not surely the total of the parts that follow", () => {
    const mlr =
      "财政部批复国土资源部2011年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,比预算减少250.71万元。(1)因公出国(境)费1,139.76万元。(2)公务用车购置及运行费1,177.45万元。(3)公务接待费1,218.57万元。";
    expect(errors(mlr, 2011)).toEqual([]);
  });
});

describe("a change's rate with no words, last year's amount without a unit, a named year's amount in the sentence before", () => {
  it("“较上年2.5减少1.95万元,78%”: the bare rate right after the change is its own", () => {
    const kaiyuan = "2021年公务接待费预算为0.55万元,较上年2.5减少1.95万元,78%";
    expect(errors(kaiyuan, 2021)).toEqual([]);
    expect(errors(kaiyuan.replace("1.95", "2.23"), 2021)).toEqual([["N.growth", "80.22%", "78%"]]);
  });

  it("“比2010年预算减少”: the one amount of the same words in the sentence that opens with 2010", () => {
    const moh =
      "2010年,卫生部“三公经费”财政拨款预算4732.23万元,实际支出4296.44万元。2011年,卫生部“三公经费”财政拨款预算4666.85万元,比2010年预算减少65.38万元。";
    expect(errors(moh, 2011)).toEqual([]);
    expect(errors(moh.replace("4666.85", "4566.85"), 2011)).toEqual([["N.difference", "165.38", "65.38"]]);
    expect(errors(moh.replace("2010年,卫生部", "当年,卫生部").replace("4666.85", "4566.85"), 2011)).toEqual([]);
  });

  // bj-minzheng-2011-budget-sangong ¶2 (http://103.249.53.35/xwzx/PoliticsNews/201108/t20110816_1964317.htm), simplified
  const minzheng =
    "这份账本显示:在因公出国(境)费用方面,市民政局2010年决算数358.7万元,涉及出国团组14个、出国人数95人。重点的出国任务团组包括救灾应急捐赠考察等。2011年,该局严格按照压缩控制出国经费的要求,对相应出国任务进行缩减。因公出国(境)费用预算205.4万元,比2010年决算数减少153.3万元,降幅达42.7%。在公务接待费方面,2010年决算数164.19万元,2011年预算数156.48万元。";

  it("“比2010年决算数减少”: the one amount stated sentences earlier under that year and measure, its sentence naming the item", () => {
    expect(errors(minzheng, 2011)).toEqual([]);
    expect(errors(minzheng.replace("减少153.3万元", "减少173.3万元"), 2011)).toEqual([["N.difference", "153.30", "173.3"]]);
    expect(errors(minzheng.replace("决算数358.7万元", "决算数398.7万元"), 2011).map(([rule, , actual]) => [rule, actual])).toEqual([["N.difference", "398.7"]]);
  });

  it("two earlier amounts of that year and measure, or none whose sentence names the item, tie nothing", () => {
    const slipped = (text: string) => errors(text.replace("决算数358.7万元", "决算数398.7万元").replace(",降幅达42.7%", ""), 2011);
    expect(slipped(minzheng).map(([rule]) => rule)).toEqual(["N.difference"]);
    expect(slipped(minzheng.replace("重点的出国任务团组", "因公出国(境)费用中,救灾应急团组2010年决算数120.5万元。重点的出国任务团组"))).toEqual([]);
    expect(slipped(minzheng.replace("在因公出国(境)费用方面", "在各项费用方面"))).toEqual([]);
  });

  it("“全区“三公”经费总支出” and ““三公”经费支出” name one item", () => {
    const yuzhong = "2020年度全区“三公”经费总支出为1928.76万元。与上年相比,2020年度的“三公”经费支出减少了1093.92万元,下降了36.2%。";
    expect(errors(yuzhong, 2020)).toEqual([]);
    expect(errors(yuzhong.replace("1093.92", "1192.74"), 2020).map(([rule]) => rule)).toEqual(["N.growth"]);
  });
});

describe("changes against the budget add up too; a change with no comparison repeats the one before it", () => {
  const central =
    "2015年中央行政事业单位财政拨款的“三公”经费支出合计53.73亿元,比预算数减少9.43亿元。“三公”经费中,因公出国(境)经费17.44亿元,比预算数减少1.94亿元;公务用车购置及运行费30.87亿元,减少3.72亿元;公务接待费5.42亿元,减少3.77亿元。";

  it("holds on the real text", () => {
    expect(errors(central, 2015)).toEqual([]);
  });

  it("“…财政拨款的“三公”经费支出合计” is the 三公 total: a changed part is found", () => {
    expect(errors(central.replace("30.87", "25.87"), 2015).map(([rule]) => rule)).toEqual(["N.total"]);
  });

  it("a changed total change is found against the parts' changes against the budget", () => {
    expect(errors(central.replace("减少9.43", "减少11.22"), 2015).map(([rule]) => rule)).toEqual(["N.changeSum"]);
  });

  it("parts compared with last year are no part of a change against the budget", () => {
    const mixed = central.replace("减少3.72亿元", "比上年减少3.72亿元").replace("减少9.43", "减少11.22");
    expect(errors(mixed, 2015).map(([rule]) => rule)).not.toContain("N.changeSum");
  });
});

describe("a “其中” list ends at the next section numeral of its sentence", () => {
  const kaifaqu =
    "二、2023年公务用车购置及运行费预算150万元,其中公务用车运行费150万元,与2022年预算相比减少170万元,公务用车购置费0万元,主要原因是严控“三公”经费,三、2023年公务接待费预算200万元,与2022年预算相比持平。";

  it("the next section's amount is no part of the list", () => {
    expect(errors(kaifaqu, 2023)).toEqual([]);
  });

  it("a part above its total inside the list is still found (as the catalogue identity 公务用车 = 购置 + 运行)", () => {
    expect(errors(kaifaqu.replace("运行费150万元", "运行费190万元"), 2023).map(([rule]) => rule)).toEqual(["N.total"]);
  });
});

describe("a part whose words place it inside an earlier part is no sibling (芥末堆 on 教育部 2019 决算, m15 round 4)", () => {
  // zy-moe-2019-final-jiemodui ¶1: 高等教育 2827 is part of 教育支出 3095, not a second part of the 3326 (blind: a false N.listSum warning)
  const moe = "2019年教育部合计支出约为3326亿元,其中教育支出超3095亿元,高等教育在教育支出中占比最大,超2827亿元。";

  it("holds on the real wording, and with exact amounts", () => {
    expect(check(moe, 2019).filter((f) => f.rule === "N.listSum")).toEqual([]);
    expect(errors("2019年教育部合计支出为3326亿元,其中教育支出3095亿元,高等教育在教育支出中占比最大,2827亿元。", 2019)).toEqual([]);
  });

  it("a second part named on its own is still a sibling: above the total an error", () => {
    expect(errors("2019年教育部合计支出为3326亿元,其中教育支出3095亿元,科学技术支出431亿元。", 2019)).toEqual([["N.listSum", "3526.00", "3326亿元"]]);
  });
});
