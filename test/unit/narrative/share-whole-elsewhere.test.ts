import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A share whose whole is stated in another paragraph, or under shorter words (issue #19, f9): the whole is tied only when
 * one amount of the text answers to the words (src/core/narrative/claims/sole-whole.ts) or the list opens by naming a
 * figure the text states (“…财政拨款支出主要用于以下方面:”, src/core/narrative/claims/extract.ts NAME_OPENING). Several
 * amounts answering leave the share untied: nothing is raised.
 */
const shareFindings = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.rule === "N.share")
    .map((f) => [f.severity, f.expected ?? null, f.actual ?? null, /^第(\d+)段/.exec(f.message)?.[1] ?? null]);

describe("北海市红十字会 2021 (gx-beihai-hongshizihui-2021-finance ¶4–¶6, ¶13–¶15): “总收入”, “总支出” stated paragraphs before", () => {
  const text = [
    "2021年,北海市红十字会本级实现财务收入279.40万元。收入分类情况如下:",
    "1.捐赠收入",
    "本年度公益性资金收入41.31万元,占总收入的14.79%。其中:",
    "(二)支出情况",
    "2021年度,北海市红十字会本级财务支出共计340.41万元。具体支出情况如下:",
    "——按资金来源",
    "1.公益性资金支出104.42万元,占总支出的30.67%。",
    "2.政府拨款支出220.43万元,占总支出的64.76%。其中:基本支出154.94万元,项目支出65.48万元。",
  ].join("\n");

  it("holds on the real text", () => {
    expect(shareFindings(text, 2021)).toEqual([]);
  });

  it("a share of “总支出” is of the one 财务支出 the text states (104.42 ÷ 340.41 = 30.67%)", () => {
    expect(shareFindings(text.replace("占总支出的30.67%", "占总支出的36.67%"), 2021)).toEqual([["error", "30.67%", "36.67%", "7"]]);
  });

  it("a share of “总收入” is of the one 财务收入 (41.31 ÷ 279.40 = 14.79%)", () => {
    expect(shareFindings(text.replace("占总收入的14.79%", "占总收入的17.49%"), 2021)).toEqual([["error", "14.79%", "17.49%", "3"]]);
  });

  it("another whole of the side stated with another value leaves “总支出” in doubt: nothing", () => {
    const two = text.replace("——按资金来源", "全年支出总计360.41万元。").replace("占总支出的30.67%", "占总支出的36.67%");
    expect(shareFindings(two, 2021)).toEqual([]);
  });

  it("a 收支总计 answers to either side: “总收入” beside it is in doubt", () => {
    const both = text.replace("1.捐赠收入", "收支总计300万元。").replace("占总收入的14.79%", "占总收入的17.49%");
    expect(shareFindings(both, 2021)).toEqual([]);
  });
});

describe("绥宁县 2020 (hn-suining-2020-final ¶3, ¶5): “地方收入” for 地方一般公共预算收入", () => {
  const text = [
    "2020年全县完成一般公共预算收入28239万元,为调整预算数38651万元的73.06%,比上年减少22893万元,降低44.77%,其中:完成地方一般公共预算收入17869万元,上划中央收入8111万元,上划省级收入2259万元。",
    "收入预算执行情况:2020年完成地方一般公共预算收入17869万元,其中非税收入5327万元,占地方收入的29.81%,是历年财政收入质量最好的一年。",
  ].join("\n");

  it("holds on the real text", () => {
    expect(shareFindings(text, 2020)).toEqual([]);
  });

  it("the share is of 17869, not of the 一般公共预算收入 28239 (which names no 地方): 5927 ÷ 17869 = 33.17%", () => {
    expect(shareFindings(text.replace("非税收入5327万元", "非税收入5927万元"), 2020)).toEqual([["error", "33.17%", "29.81%", "2"]]);
  });

  it("the amount its own sentence breaks down answers to 地方 too: tied even where another 地方 amount is stated", () => {
    const halves = `${text}\n2021年上半年完成地方一般公共预算收入9000万元。`;
    expect(shareFindings(halves.replace("非税收入5327万元", "非税收入5927万元"), 2020)).toEqual([["error", "33.17%", "29.81%", "2"]]);
  });

  it("“总收入” answers to both 28239 and 17869: nothing", () => {
    const loose = text.replace("占地方收入的29.81%", "占总收入的39.81%");
    expect(shareFindings(loose, 2020)).toEqual([]);
  });
});

describe("碌曲县公安局 2020 (gs-luqu-gongan-2020-final ¶11–¶12): “财政拨款支出主要用于以下方面:” opens a list of its parts", () => {
  const text = [
    "本部门2020年度财政拨款支出4252.73万元,较上年决算数增加471.41万元,增加12.47%。",
    "本部门2020年度财政拨款支出主要用于以下方面:公共安全支出3398.63万元,占79.92%;社会保障和就业支出280.71万元,占6.6%。",
  ].join("\n");

  it("holds on the real text", () => {
    expect(shareFindings(text, 2020)).toEqual([]);
  });

  it("the shares are of the 财政拨款支出 of the paragraph before: 3938.63 ÷ 4252.73 = 92.61%", () => {
    expect(shareFindings(text.replace("公共安全支出3398.63万元", "公共安全支出3938.63万元"), 2020)).toEqual([["error", "92.61%", "79.92%", "2"]]);
  });
});

describe("wholes the words do not single out", () => {
  it("广东 2021 (gd-province-2021-budget-summary ¶2): a part that answers to “总支出” itself (省本级支出) leaves it in doubt", () => {
    const text =
      "2021年省级一般公共预算总支出安排6571.85亿元,收支平衡。其中,省本级支出1478.55亿元,占总支出的22.5%;对市县税收返还和转移支付4404.78亿元,占总支出的67%;上解中央支出598.75亿元,占总支出的9.1%;预备费24亿元,占总支出的0.4%,占省本级支出的1.6%,比例符合预算法规定;债务还本支出65.78亿元,占总支出的1%。";
    expect(shareFindings(text, 2021)).toEqual([]);
  });

  it("山西 2011 (sx-province-2011-revenue-may ¶1–¶3): 财政总收入 of 1–5月 and of 5月 are two values: nothing", () => {
    const text = [
      "1月至5月,山西省财政总收入累计完成979.88亿元,为年度计划的 47.06%,同比增长32.06%。",
      "5月份,全省财政总收入完成196.64亿元,同比增长37.31%,增收53.43亿元。",
      "全省全口径税收收入完成847.64亿元,占财政总收入的86.5%,较上年同期增收210.54亿元。",
    ].join("\n");
    expect(shareFindings(text, 2011)).toEqual([]);
    expect(shareFindings(text.replace("占财政总收入的86.5%", "占财政总收入的96.5%"), 2011)).toEqual([]);
  });

  it("a 三公 total stated before the part in its paragraph may be the “总支出” meant: the one 财务支出 is not tied", () => {
    const text = ["2021年,本会财务支出共计500万元。", "“三公”经费支出决算为30万元,其中公务接待费20万元,占总支出的66.67%。"].join("\n");
    expect(shareFindings(text, 2021)).toEqual([]);
  });

  it("shares of “总支出” adding up to 100% of parts that are not the one 支出 stated: the writer's whole is the parts' own", () => {
    const lines = ["2021年,本会财务支出共计500万元。", "“三公”经费支出决算30万元。", "因公出国(境)费0万元,占总支出的0%。"];
    const text = [...lines, "公务用车运行维护费10万元,占总支出的33.33%。", "公务接待费20万元,占总支出的66.67%。"].join("\n");
    expect(checkNarrative(readTextFile(text), [], { year: 2021 }).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("an item's amount (政府拨款收入) is no whole: “总收入” with only items stated ties nothing", () => {
    const text = "本年度政府拨款收入220.43万元。本年度公益性资金收入41.31万元,占总收入的14.79%。";
    expect(shareFindings(text, 2021)).toEqual([]);
  });
});

describe("“总支出” loosely naming a stated 本年支出合计 (./figures.ts LOOSE_WORDS) under the same rule (f12)", () => {
  // yn-xundian-zhengfa-2022-final-sangong ¶1 as written, after a statement of the unit's 本年支出合计
  const sangong =
    "2022年度财政拨款“三公”经费支出决算中,财政拨款“三公”经费支出年初预算为6,283.70元,支出决算为6,283.70元,完成年初预算的100%。其中:因公出国(境)费支出决算0元,占总支出决算的0%;公务用车购置费支出决算0元,占总支出决算的0%;公务用车运行维护费支出决算1,388.70元,占总支出决算的22.10%;公务接待费支出决算4,895.00元,占总支出决算的77.90%。";

  const errors = (text: string, year: number) =>
    checkNarrative(readTextFile(text), [], { year })
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.expected ?? null, f.actual ?? null, /^第(\d+)段/.exec(f.message)?.[1] ?? null]);
  const stated = "2022年度本年支出合计3,000,000.00元。";

  it("寻甸 政法委 2022: the 三公 total before the parts may be the “总支出” meant: 本年支出合计 is no whole of theirs", () => {
    expect(errors([stated, sangong].join("\n"), 2022)).toEqual([]);
    // in the shorter words the list had been read as 本年支出合计's: “其下各项…= 6,283.70元，与此处不符” (a false N.listSum)
    expect(errors([stated, sangong.replace(/总支出决算的/g, "总支出的")].join("\n"), 2022)).toEqual([]);
  });

  it("寻甸 政法委 2022: a slipped share is still found against the 三公 total (1,388.70 ÷ 6,283.70 = 22.10%)", () => {
    const slipped = sangong.replace("占总支出决算的22.10%", "占总支出决算的12.10%");
    expect(errors([stated, slipped].join("\n"), 2022)).toEqual([["N.share", "22.10%", "12.10%", "2"]]);
  });

  it("the same in one sentence: “本年支出合计500万元…“三公”经费支出30万元,其中:公务接待费20万元,占总支出的66.67%”", () => {
    const text = "2021年,本年支出合计500万元。“三公”经费支出30万元,其中:公务接待费20万元,占总支出的66.67%。";
    expect(shareFindings(text, 2021)).toEqual([]);
  });

  it("with no sub-total before the part, “总支出” is the stated 本年支出合计: 20 ÷ 500 = 4.00%", () => {
    const text = "2021年,本年支出合计500万元。公务接待费20万元,占总支出的6.67%。";
    expect(shareFindings(text, 2021)).toEqual([["error", "4.00%", "6.67%", "1"]]);
  });

  it("汕头大学医学院 2016 (gd-stu-med-2016-final ¶16): parts listed under the 支出合计 they break down stay tied", () => {
    const text =
      "2016年我院支出合计26,994.72万元,其中基本支出12,270.36万元,占总支出的45.46%,项目支出14,629.33万元,占总支出的54.19%,经营支出95.03万元,占总支出0.35%。";
    // 12,270.36 ÷ 26,994.72 = 45.4547…% is 45.45%, the text writes 45.46% (a tail the hand record holds)
    const tail = ["warning", "45.45%", "45.46%", "1"];
    expect(shareFindings(text, 2016)).toEqual([tail]);
    expect(shareFindings(text.replace("占总支出的54.19%", "占总支出的45.19%"), 2016)).toEqual([tail, ["error", "54.19%", "45.19%", "1"]]);
  });
});
