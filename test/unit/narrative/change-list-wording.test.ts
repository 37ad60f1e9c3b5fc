import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { statedYears } from "../../../src/core/text/year";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import { readFixture } from "../../support/fixtures";

let zhanyi: TableModel[];
beforeAll(async () => {
  zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
});

/**
 * “其中:” lists of changes (s19v, stop 34): the total's change in one sentence, each part's change in the next, as the
 * 云南 三公 决算 template writes them — with the template's “增加/减少0万元” left in for a part that did not change.
 */
const changeSums = (text: string, year = 2018) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error" && f.rule === "N.changeSum")
    .map((f) => [f.expected ?? null, f.actual ?? null]);

// yn-panlong-gulou-2018-final-sangong ¶3 (http://www.persianwink.com/c/2019-10-25/3701458.shtml)
const gulou =
  "盘龙区鼓楼街道办事处2018年度一般公共预算财政拨款“三公”经费支出预算为12.04万元,支出决算为12.04万元,完成预算的100%。" +
  "2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年减少2.01万元,下降14.31%。其中:因公出国(境)费支出决算增加/减少0万元,增长/下降0%;" +
  "公务用车购置及运行费支出决算减少1.52万元,下降27.34%;公务接待费支出决算增加/减少0万元,增长/下降0%。";

describe("a total's change against a “其中:” list of its parts' changes", () => {
  it("“增加/减少0万元” is no change whichever word was meant: 0 + 1.52 + 0 against 减少2.01 is found", () => {
    expect(changeSums(gulou)).toEqual([["减少1.52万元", "减少2.01万元"]]);
  });

  it("the parts' changes adding up to the total's: nothing", () => {
    expect(changeSums(gulou.replace("减少2.01万元,下降14.31%", "减少1.52万元,下降11.18%"))).toEqual([]);
  });

  it("an amount other than 0 with both direction words adds nothing certain: the sum is not judged", () => {
    expect(changeSums(gulou.replace("因公出国(境)费支出决算增加/减少0万元", "因公出国(境)费支出决算增加/减少0.49万元"))).toEqual([]);
  });

  it("a total's change named with another year than the report's is not tied to this year's parts", () => {
    expect(
      changeSums(gulou.replace("2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年", "2017年度一般公共预算财政拨款“三公”经费支出决算数比2016年")),
    ).toEqual([]);
  });
});

describe("an amount printed without change words in a “其中:” list of changes", () => {
  // our sentences after yn-xundian-nongye-2022-final-sangong ¶3: the car's line leaves out “增加” (8.00 ÷ 22.00 = 36.36%;
  // 0 + 8.00 + 4.00 = 12.00), while ¶1 and ¶3 state the car's amount 30.00 = 0 + 30.00
  const amounts =
    "某局2022年度“三公”经费支出决算为50.00万元。其中:因公出国(境)费支出决算0万元;公务用车购置及运行费支出决算30.00万元;公务接待费支出决算20.00万元。";
  const car = "公务用车购置及运行维护费支出30.00万元。其中:公务用车购置支出0万元,公务用车运行维护支出30.00万元。";
  const changes =
    "2022年度“三公”经费支出决算数比2021年增加12.00万元,增长31.58%。其中:因公出国(境)费支出决算增加0万元,增长0%;" +
    "公务用车购置及运行费支出决算8.00万元,增长36.36%;公务接待费支出决算增加4.00万元,增长25.00%。";
  const errors = (second: string) =>
    checkNarrative(readTextFile([amounts, second, car].join("\n")), [], { year: 2022 })
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.message.slice(0, 3), f.expected ?? null, f.actual ?? null]);

  it("head and every other item state a change: 8.00 may be the car's increase, no error against its amount 30.00", () => {
    expect(errors(changes)).toEqual([]);
  });

  it("the same item in a list of amounts (its head an amount) is the car's amount: 8.00 against 0 + 30.00 is found", () => {
    expect(errors(changes.replace("比2021年增加12.00万元,增长31.58%", "为50.00万元"))).toEqual([["N.total", "第2段", "30.00", "8.00"]]);
  });

  it("a head stating its amount beside its change heads a list of amounts: 8.00 is found", () => {
    const withAmount = changes.replace("支出决算数比2021年增加12.00万元", "支出决算为50.00万元,比2021年增加12.00万元");
    expect(errors(withAmount)).toEqual([["N.total", "第2段", "30.00", "8.00"]]);
  });

  it("a list of amounts under a change (no other item states one) reads its amounts as today: 8.00 is found", () => {
    const listOfAmounts = changes.replace("费支出决算增加0万元", "费支出决算0万元").replace("支出决算增加4.00万元", "支出决算4.00万元");
    expect(errors(listOfAmounts)).toEqual([["N.total", "第2段", "30.00", "8.00"]]);
  });

  it("an item stating its change beside its amount: the amount is the item's, 9.00 against 0 + 30.00 is found", () => {
    expect(errors(changes.replace("支出决算8.00万元,增长36.36%", "支出决算9.00万元,增加8.00万元,增长800.00%"))).toEqual([
      ["N.total", "第2段", "30.00", "9.00"],
    ]);
  });

  // the doubtful amount is no error, but differing from everything tied to its figure it is a warning naming both readings
  const warnings = (text: string, tables: TableModel[] = [], year = 2022) =>
    checkNarrative(readTextFile(text), tables, { year })
      .filter((f) => f.severity === "warning")
      .map((f) => [f.rule, f.message.slice(0, 3), f.expected ?? null, f.actual ?? null]);

  it("8.00 against the car's 30.00 of ¶1 and 0 + 30.00 of ¶3: a warning at ¶2 naming both, never an error", () => {
    const text = [amounts, changes, car].join("\n");
    expect(warnings(text)).toEqual([["N.repeated", "第2段", "30.00万元", "8.00"]]);
    const [warning] = checkNarrative(readTextFile(text), [], { year: 2022 }).filter((f) => f.severity === "warning");
    expect(warning.headline).toBe(
      "第2段：公务用车费写8.00万元，列在各项增减额之中却未写“增加”或“减少”：若是公务用车费金额，则与第1段“公务用车购置及运行费支出决算30.00万元”不符，" +
        "与文中所述 公务用车购置费0.00 + 公务用车运行维护费30.00 = 30.00万元不符；若是增减额，请补写增减字样。",
    );
  });

  it("a doubtful amount the car's amount confirms, or nothing else ties to its figure: nothing", () => {
    expect(warnings([amounts, changes.replace("支出决算8.00万元", "支出决算30.00万元"), car].join("\n"))).toEqual([]);
    expect(warnings(changes)).toEqual([]);
  });

  it("against the tables (沾益 2023: 公务用车 2.00 in 公开10表): 0.50 is a warning, 2.00 nothing", () => {
    const list = (car: string) =>
      `2023年度“三公”经费支出决算比2022年减少0.23万元。其中:因公出国(境)费支出决算增加0万元;公务用车购置及运行维护费支出决算${car}万元;公务接待费支出决算减少0.01万元。`;
    expect(warnings(list("0.50"), zhanyi, 2023)).toEqual([["N.amount", "第1段", "2.00万元", "0.50"]]);
    expect(warnings(list("2.00"), zhanyi, 2023)).toEqual([]);
  });
});

describe("a table flattened to rows, one a line, in a text file", () => {
  // cq-yuzhong-2017-final-sangong-jiedu (http://www.cqyz.gov.cn/zjyz/sj_229/sjjd_31744/202309/t20230911_12325850.html)
  const rows = ["公务用车运行维护费 | 2,586.60 | - | -", "“三公”经费支出 | 4,333.33 | - | -"];
  const prose =
    "根据提供的数据,2017年度渝中区一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。与上年相比,2017年度的“三公”经费支出减少了1,276.52万元,下降了22.75%。";

  it("each row is a paragraph of its own, and the prose after the rows is not joined to them", () => {
    expect(readTextFile([...rows, prose].join("\n")).map((p) => p.text)).toEqual([...rows, prose]);
  });

  it("the prose after the rows is checked as a paragraph of its own: a rate made wrong is found there", () => {
    const wrong = [...rows, "2017年度“三公”经费总支出为4,333.33万元,与上年相比减少了1,276.52万元,下降了20.75%。"].join("\n");
    const found = checkNarrative(readTextFile(wrong), [], { year: 2017 }).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.message.slice(0, 3)])).toEqual([["N.growth", "第3段"]]);
  });

  it("a row naming a year in its first cell is no title (“2014年度决算数 | 4.06 | 0.00 |”)", () => {
    expect(statedYears("2014年度决算数 | 4.06 | 0.00 | 3.01 |", true).map((y) => y.use)).not.toContain("title");
    expect(statedYears("2014年度决算数", true).map((y) => y.use)).toEqual(["title"]);
  });

  // bj-wenhua-2011-budget-sangong ¶4–6 (sfin6): a report's table, its cells split by spaces
  const spaced = [
    "公车购置运行维护费 因公出国(境)费 公务接待费 三公经费总数",
    "2010年决算 441.78 305.76 40.64 788.18",
    "2011年预算 345.89 669.03 57.53 1072.45",
  ];

  it("a row of a label and bare numbers split by spaces is a row too: no title, and no year to check", () => {
    expect(statedYears("2010年决算 441.78 305.76 40.64 788.18", true).map((y) => y.use)).not.toContain("title");
    expect(statedYears("2010年决算　441.78　-　40.64", true).map((y) => y.use)).not.toContain("title");
    const found = checkNarrative(readTextFile(["2011年“三公经费”财政拨款预算数为1072.45万元。", ...spaced].join("\n")), [], { year: 2011 });
    expect(found.filter((f) => f.rule === "N.year")).toEqual([]);
  });

  it("a year's title alone, or with words after its numbers, is still read as a title", () => {
    expect(statedYears("2010年决算", true).map((y) => y.use)).toEqual(["title"]);
    expect(statedYears("2010年决算 441.78", true).map((y) => y.use)).toEqual(["title"]);
    expect(statedYears("2010年决算 441.78 305.76 万元", true).map((y) => y.use)).toContain("title");
    const found = checkNarrative(readTextFile("2011年“三公经费”财政拨款预算数为1072.45万元。\n2010年决算"), [], { year: 2011 });
    expect(found.filter((f) => f.rule === "N.year").map((f) => f.expected)).toEqual(["2011年决算"]);
  });

  it("each spaced row is a paragraph of its own, not joined to the prose before it", () => {
    const prose = "报告中注明,市文化局“三公经费”开支单位,包括市文化局本级及北京戏曲艺术职业学院、市杂技学校、首都图书馆等全额拨款事业单位";
    expect(readTextFile([prose, ...spaced.slice(1)].join("\n")).map((p) => p.text)).toEqual([prose, ...spaced.slice(1)]);
  });
});

const errorsOf = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("a change whose own sentence states no amount", () => {
  // cq-yuzhong-2017-final-sangong-jiedu ¶9
  const yuzhong =
    "根据提供的数据,2017年度渝中区一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。与上年相比,2017年度的“三公”经费支出减少了1,276.52万元,下降了22.75%。";

  it("names what changed without the scope the amount's name opens with: tied to that amount (“…财政拨款开支的“三公”经费总支出”)", () => {
    expect(errorsOf(yuzhong, 2017)).toEqual([]);
    expect(errorsOf(yuzhong.replace("1,276.52", "1,058.45"), 2017).map(([rule]) => rule)).toEqual(["N.growth"]);
  });

  it("a name that is not the amount's less a scope word stays untied (“…开支的“三公”经费总支出” against “公务接待费支出”)", () => {
    const other = yuzhong.replace("2017年度的“三公”经费支出减少了1,276.52万元", "2017年度的公务接待费支出减少了1,058.45万元");
    expect(errorsOf(other, 2017)).toEqual([]);
  });

  // zy-central-2015-budget-sangong-xwlb ¶3
  const central = "2015年中央各部门的三公经费预算总数为63.16亿元,比2014年预算数减少8.35亿元,下降11.7%;比2014年执行数减少2.5亿元,下降3.8%。";

  it("a second comparison of the one amount, in a clause of its own, is of that amount", () => {
    expect(errorsOf(central, 2015)).toEqual([]);
    expect(errorsOf(central.replace("2.5亿元", "4.5亿元"), 2015).map(([rule]) => rule)).toEqual(["N.growth"]);
  });

  it("not when the sentence states another amount before it (a part): the change may be of either", () => {
    const parts = central.replace("下降11.7%;", "下降11.7%,其中公务接待费9.19亿元;");
    expect(errorsOf(parts.replace("2.5亿元", "4.5亿元"), 2015)).toEqual([]);
  });
});

describe("a total's change “主要是” its parts' changes", () => {
  // zy-cas-2014-final-sangong-news ¶1
  const cas =
    "中国科学院2014年“三公”经费支出15905.91万元,较2014年预算减少5818.9万元,降低26.78%,主要是因公出国(境)费减少1485.38万元,公务用车购置及运行费减少1547.29万元,公务接待费减少2786.23万元。";

  it("every part of 三公 named: their sum is judged against the total's", () => {
    expect(errorsOf(cas, 2014)).toEqual([]);
    expect(errorsOf(cas.replace("2786.23", "3165.53"), 2014)).toEqual([["N.changeSum", "减少6198.2万元", "减少5818.9万元"]]);
  });

  it("a part left out (“主要是” two of three): nothing", () => {
    expect(errorsOf(cas.replace(",公务接待费减少2786.23万元", ""), 2014)).toEqual([]);
  });
});

describe("a whole the catalogue closes, broken down by the writer into more items", () => {
  // hn-yueyang-2016-budget-sangong ¶2 (http://yueyang.gov.cn/zwgk/62389/62390/content_590058.html)
  const yueyang =
    "2016年“三公”经费预算为19043万元,其中,公务接待费7494万元,因公出国(境)费382万元,公务用车购置及运行维护费11167万元(其中,公务用车购置费255万元,公务用车运行维护费7922万元,其他交通工具购置144万元,其他交通费用2846万元)。";

  it("购置 + 运行 are not set against 公务用车 when its list names further items", () => {
    expect(errorsOf(yueyang, 2016)).toEqual([]);
  });

  it("with 购置 and 运行 alone the list is the identity, and a sum short of the whole is found — a warning, 三公 confirming 11167", () => {
    const two = yueyang.replace(",其他交通工具购置144万元,其他交通费用2846万元", "");
    expect(errorsOf(two, 2016)).toEqual([]);
    const found = checkNarrative(readTextFile(two), [], { year: 2016 });
    expect(found.map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.total", "warning", "11167"]]);
  });
});

describe("comparison words", () => {
  // zy-central-2016-budget-sangong-news ¶1
  const central = "今年中央本级“三公”经费预算即上限为63.1亿元,比去年初预算减少0.06亿元,下降0.1%,但仍高于去年实际执行数。";

  it("“比去年初预算” is “比去年年初预算”: the change is the amount's, and its rate is judged", () => {
    expect(errorsOf(central, 2016)).toEqual([]);
    expect(errorsOf(central.replace("下降0.1%", "下降3.1%"), 2016).map(([rule]) => rule)).toEqual(["N.growth"]);
  });
});

describe("a change named by its measure only", () => {
  // zy-post-2012-final-news ¶2
  const post = "因公出国费支出数363.82万元,预算数378万元,支出数比预算数减少14.18万元,下降率为3.75%,主要原因是国家局厉行节约严格控制出国团组。";

  it("“支出数比预算数减少” is the change of the amount named “…支出数”", () => {
    expect(errorsOf(post, 2012)).toEqual([]);
    expect(errorsOf(post.replace("下降率为3.75%", "下降率为8.75%"), 2012).map(([rule]) => rule)).toEqual(["N.growth"]);
  });

  it("two amounts ending with the measure leave the change untied", () => {
    const two = post.replace("预算数378万元", "公务接待费支出数378万元");
    expect(errorsOf(two.replace("下降率为3.75%", "下降率为8.75%"), 2012).filter(([rule]) => rule === "N.growth")).toEqual([]);
  });
});

describe("a change named like several amounts of its sentence", () => {
  // zy-post-2012-final-news ¶2
  const post =
    "因公出国费支出数363.82万元,预算数378万元,支出数比预算数减少14.18万元,下降率为3.75%;公务用车购置及运行维护费支出数1,437.99万元,预算数8,413.22万元,支出数比预算数减少6,975.23万元,下降率为82.91%。";

  it("is of the one in its own clause (up to “;”)", () => {
    expect(errorsOf(post, 2012)).toEqual([]);
    expect(errorsOf(post.replace("82.91%", "74.19%"), 2012).map(([rule]) => rule)).toEqual(["N.growth"]);
  });
});

describe("the parts' sum of changes is written in the unit of the total's change", () => {
  const headlines = (text: string, year: number) =>
    checkNarrative(readTextFile(text), [], { year })
      .filter((f) => f.rule === "N.changeSum")
      .map((f) => f.headline);

  // yn-xundian-zhengfa-2022-final-sangong ¶4 (http://www.kmxd.gov.cn/c/2023-08-23/6685895.shtml): 0 + 0 + 41,799.16 + 12,625.00
  const xundian =
    "2022年度一般公共预算财政拨款“三公”经费支出决算数比上年减少54,424.16元,下降89.65%。其中:因公出国(境)费支出决算增加0元,增长0%;" +
    "公务用车购置费支出决算增加0元,增长0%;公务用车运行维护费支出决算减少41,799.16元,下降96.78%;公务接待费支出决算减少12,625.00元,";

  it("in 元, with the text's separators and decimals (54,424.16元, never 5.442416万元)", () => {
    expect(changeSums(xundian, 2022)).toEqual([]);
    const wrong = xundian.replace("减少54,424.16元", "减少64,424.16元");
    expect(changeSums(wrong, 2022)).toEqual([["减少54,424.16元", "减少64,424.16元"]]);
    expect(headlines(wrong, 2022)[0]).toContain("而文中各部分合计减少54,424.16元（");
  });

  it("in 万元, to the total's decimals (0.90万元 beside 2.30万元)", () => {
    const wan =
      "2022年度“三公”经费支出决算为39.01万元,比上年减少2.30万元。其中:因公出国(境)费支出决算增加0万元;公务用车购置及运行费支出决算减少1.00万元;公务接待费支出决算增加0.10万元。";
    expect(changeSums(wan, 2022)).toEqual([["减少0.90万元", "减少2.30万元"]]);
  });

  it("a bound in 元 when a part that is 0 this year states no change (至少减少9,000.00元)", () => {
    const bound =
      "2022年度“三公”经费支出决算为390,118.10元,比上年减少5,000.00元。其中:因公出国(境)费0元;公务用车购置及运行费支出决算减少10,000.00元;公务接待费支出决算增加1,000.00元。";
    expect(changeSums(bound, 2022)).toEqual([["至少减少9,000.00元", "减少5,000.00元"]]);
    expect(headlines(bound, 2022)[0]).toContain("三公经费合计应至少减少9,000.00元。");
  });
});
