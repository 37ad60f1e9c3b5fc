import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the b2 blind round (test/fixtures/texts/README.md: 上海 嘉定 / 闵行 “三公” 决算, 广州 区 “三公” 决算 reposts):
 * “增加幅度为p%” as a rate's words, a 决算 total stated after its “年初预算” in the paragraph before a change that names
 * it (“…决算数比2016年度减少C万元”), a space a repost keeps before a decimal point (“170 .58万元”), and (round 2: 沙坪坝
 * 检察院 2016) a change named by one side alone (“支出增加841.13万元”) as that side's total's change, and (round 3: 益阳五中 2020) a
 * share whose named whole another amount of its own sentence holds in its words (“财政拨款基本支出…占基本支出的”).
 */
const errors = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“比上年增加54.06万元,增加幅度为46.4%”: 增加幅度 / 减少幅度 are a rate's words like 增长幅度", () => {
  const town = "鳌头镇的三公经费为170.58万元,比上年增加54.06万元,增加幅度为46.4%。";

  it("holds on the real figures (54.06 ÷ 116.52 = 46.40%)", () => {
    expect(errors(town, 2012)).toEqual([]);
  });

  it("a wrong rate after 增加幅度为 is an error", () => {
    expect(errors(town.replace("46.4%", "56.4%"), 2012)).toEqual([["N.growth", "46.40%", "56.4%"]]);
  });

  it("so is one after 减少幅度为 (18.44 ÷ 27.13 = 67.97%)", () => {
    expect(errors("区国资局决算支出8.69万元,比上年减少18.44万元,减少幅度为58%。", 2013)).toEqual([["N.growth", "67.97%", "58%"]]);
  });
});

describe("“…“三公”经费财政拨款支出年初预算为A万元,支出决算为B万元” then “…决算数比2016年度减少C万元,降低p%”", () => {
  const jiading = [
    "上海市嘉定区司法局2017年度“三公”经费财政拨款支出年初预算为22.00万元,支出决算为8.77万元,完成预算的39.86%。",
    "2017年度“三公”经费财政拨款支出决算数比2016年度减少0.28万元,降低3.09%。",
  ].join("\n");

  it("holds on the real wording (0.28 ÷ 9.05 = 3.09%)", () => {
    expect(errors(jiading, 2017)).toEqual([]);
  });

  it("the change is of the 决算 B, the 年初预算 A being the 三公 budget: a wrong rate is an error", () => {
    expect(errors(jiading.replace("降低3.09%", "降低6.09%"), 2017)).toEqual([["N.growth", "3.09%", "6.09%"]]);
  });

  it("the same with 全年预算", () => {
    expect(errors(jiading.replace("年初预算", "全年预算").replace("降低3.09%", "降低6.09%"), 2017)).toEqual([["N.growth", "3.09%", "6.09%"]]);
  });
});

describe("“最高为170 .58万元…增加54 .06万元”: a space before the decimal point is kept by reposts", () => {
  const spaced = "鳌头镇的三公经费为170 .58万元,比上年增加54 .06万元,增加幅度为46.4%。";

  it("holds on the real wording", () => {
    expect(errors(spaced, 2012)).toEqual([]);
  });

  it("the number is read whole: a wrong rate is an error", () => {
    expect(errors(spaced.replace("46.4%", "56.4%"), 2012)).toEqual([["N.growth", "46.40%", "56.4%"]]);
  });

  it("“增多了10 6 .51万元” (digits split by a space): no number is read, so nothing is judged", () => {
    expect(errors("公车费用132.08万元,比上年增多了10 6 .51万元,增长316.54%。", 2012)).toEqual([]);
  });
});

describe("“收入总计A,支出总计B。与2015年决算数相比,收入增加C、增长p%…。支出增加D,增长q%”: one side's change is of that side's total", () => {
  const shapingba =
    "本部门2016年度收入总计6955.73万元,支出总计6,954.57万元。与2015年决算数相比,收入增加950.05万元、增长15.82%,主要原因是上年结转、项目增加及增人增资。支出增加841.13万元,增长13.76%,主要原因是购置中心办案工作区及增人增资。";

  it("holds with the rate the figures give (841.13 ÷ 6113.44 = 13.76%; the text printed 13.36%)", () => {
    expect(errors(shapingba, 2016)).toEqual([]);
  });

  it("the 支出 change, two sentences after its total, a sentence of changes between: the real slip 13.36% is an error", () => {
    expect(errors(shapingba.replace("增长13.76%", "增长13.36%"), 2016)).toEqual([["N.growth", "13.76%", "13.36%"]]);
  });

  it("the 收入 change in the sentence after the totals is of 收入总计 alone (950.05 ÷ 6005.68 = 15.82%)", () => {
    expect(errors(shapingba.replace("增长15.82%", "增长18.82%"), 2016)).toEqual([["N.growth", "15.82%", "18.82%"]]);
  });

  it("two different 支出 totals before the change leave it in doubt: no error", () => {
    const two = shapingba.replace("支出总计6,954.57万元。", "支出总计6,954.57万元,本年支出合计6,900.00万元。").replace("增长13.76%", "增长13.36%");
    expect(errors(two, 2016)).toEqual([]);
  });
});

describe("“财政拨款基本支出B,其中:人员经费P,占基本支出的p%” with the unit's 基本支出 A stated paragraphs before", () => {
  const yiyang = [
    "本年支出合计3858.81万元,其中:基本支出3702.91万元,占95.96%;项目支出155.9万元,占4.04%。",
    "2020年度财政拨款基本支出3455.91万元,其中:人员经费1565.86万元,占基本支出的45.31%。",
  ].join("\n");

  it("holds on the real wording: the share is of the sentence's own 财政拨款基本支出 (1565.86 ÷ 3455.91 = 45.31%), not of 3702.91", () => {
    expect(errors(yiyang, 2020)).toEqual([]);
  });

  it("a wrong share is still judged against the sentence's total", () => {
    expect(errors(yiyang.replace("45.31%", "49.31%"), 2020)).toEqual([["N.share", "45.31%", "49.31%"]]);
  });

  it("with no other amount holding the name in the share's sentence, the 基本支出 stated before is the whole", () => {
    const elsewhere = yiyang.replace(
      "2020年度财政拨款基本支出3455.91万元,其中:人员经费1565.86万元,占基本支出的45.31%",
      "人员经费1565.86万元,占基本支出的52.29%",
    );
    expect(errors(elsewhere, 2020)).toEqual([["N.share", "42.29%", "52.29%"]]);
  });
});

describe("under “五、一般公共预算财政拨款支出决算情况说明”, “财政拨款支出” is the 一般公共预算财政拨款支出 (f2: 益阳五中 2020 ¶13 / ¶17)", () => {
  const wuzhong = (actual: string, rate: string, heading = "五、一般公共预算财政拨款支出决算情况说明") =>
    [
      heading,
      "(一)财政拨款支出决算总体情况",
      "2020年度财政拨款支出3611.81万元,占本年支出合计的93.6%。",
      "(三)财政拨款支出决算具体情况",
      `2020年度财政拨款支出年初预算数为1255.37万元,支出决算数为${actual}万元,完成年初预算的${rate}。`,
    ].join("\n");

  it("one figure stated twice alike, its completion right (3611.81 ÷ 1255.37 = 287.71%): nothing", () => {
    expect(errors(wuzhong("3611.81", "287.71%"), 2020)).toEqual([]);
  });

  it("the 决算 after the clause's “年初预算数为A,” stated with another value: the figure's two values are an error", () => {
    expect(errors(wuzhong("2112.86", "168.31%"), 2020)).toEqual([["N.repeated", "3611.81", "2112.86"]]);
  });

  it("under a heading naming no fund (“四、财政拨款收入支出决算总体情况说明”), “财政拨款支出” may hold 政府性基金 too: nothing", () => {
    expect(errors(wuzhong("2112.86", "168.31%", "四、财政拨款收入支出决算总体情况说明"), 2020)).toEqual([]);
  });

  it("a name that names its own fund is left as written (“政府性基金预算财政拨款支出” is no 一般公共预算 figure)", () => {
    const fund = "\n2020年度政府性基金预算财政拨款支出45.07万元。";
    expect(errors(wuzhong("3611.81", "287.71%") + fund, 2020)).toEqual([]);
    expect(errors(wuzhong("2112.86", "168.31%") + fund, 2020)).toEqual([["N.repeated", "3611.81", "2112.86"]]);
  });
});
