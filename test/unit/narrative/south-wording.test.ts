import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19m (test/fixtures/texts/: 广州 2023, 番禺 2022, 越秀 2021, 增城 2023, 广西 2022 and 2023,
 * 海口 2021): two chains after “加上” in one sentence, a share's parent named like an amount elsewhere, a name ending the
 * whole's longer name, a completion's plan and an offset inside a “其中” list, and a share after an amount that names
 * no item of its own.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("two chains after “加上” in one sentence, one in each part between “；”", () => {
  const guangzhou = (subsidy: string, transfer: string) =>
    `全市一般公共预算收入1,928.9亿元,增长4%,完成预算的100.2%,加上上级补助收入${subsidy}亿元、动用预算稳定调节基金238.7亿元、调入资金455.3亿元、上年结余115.4亿元、债务转贷收入191亿元后,2023年全市一般公共预算总收入3,575.3亿元;全市一般公共预算支出3,004.5亿元,下降0.6%,完成预算的103.5%,加上上解支出153.6亿元、补充预算稳定调节基金163.6亿元、债务还本支出186.4亿元、区域间转移性支出${transfer}亿元后,2023年全市一般公共预算总支出3,520.5亿元,年终结转54.8亿元。`;

  it("both hold", () => {
    expect(errors(guangzhou("646", "12.4"), 2023)).toEqual([]);
  });

  it("a wrong amount added is found at its own chain's total", () => {
    expect(errors(guangzhou("699", "12.4"), 2023)).toEqual([["N.total", "3,628.30", "3575.3亿元"]]);
    expect(errors(guangzhou("646", "22.4"), 2023)).toEqual([["N.total", "3,530.50", "3520.5亿元"]]);
  });
});

describe("a share's parent named in words", () => {
  const guangxi = (whole: string) =>
    `1—6月,全区一般公共预算收入995.18亿元,完成年初预算的56.2%。全区一般公共预算支出${whole}亿元,完成年初预算的51.8%。其中:民生支出2428.54亿元,占一般公共预算支出的78.5%,同比提高0.3个百分点。自治区本级一般公共预算收入183.76亿元,完成年初预算的50.3%;一般公共预算支出584.04亿元,完成年初预算的54.3%。`;

  it("is the whole its “其中” breaks down, not an amount named alike elsewhere (“…;一般公共预算支出584.04亿元” of 本级)", () => {
    expect(errors(guangxi("3095.01"), 2023)).toEqual([]);
    expect(errors(guangxi("3394.69"), 2023).map(([rule]) => rule)).toEqual(["N.share"]);
  });

  it("may be the end of the whole's longer name (“占四库总收入的” under “中央、省、市、本级四库总收入”)", () => {
    const zengcheng = (whole: string) =>
      `2023年1-6月,全区累计实现中央、省、市、本级四库总收入${whole}亿元,同比下降36.76%,其中:上缴中央、省、市级预算收入58.50亿元,同比下降2.6%,占四库总收入的41.12%;区本级财政预算收入83.77亿元,同比下降49.2%,占四库总收入的58.88%。`;
    expect(errors(zengcheng("142.27"), 2023)).toEqual([]);
    expect(errors(zengcheng("160.65"), 2023).map(([rule]) => rule)).toContain("N.share");
  });
});

describe("amounts inside a “其中” list that are no parts", () => {
  it("a completion's plan and what was collected above it (“完成年度收入计划535,000万元的101.0%,超收5,459万元”)", () => {
    const yuexiu = (rate: string) =>
      `全年完成一般公共预算总收入1,654,541万元。其中,区本级一般公共预算收入540,459万元,可比增长4.8%,完成年度收入计划535,000万元的${rate}%,超收5,459万元;上级补助收入1,003,581万元,一般债券转贷收入59,471万元,调入资金5,963万元。`;
    expect(errors(yuexiu("101.0"), 2021)).toEqual([]);
    // the plan is named by the completion phrase: the rate is judged against it
    expect(errors(yuexiu("110.0"), 2021).map(([rule]) => rule)).toEqual(["N.completion"]);
  });

  it("an offset (“其中留抵退税冲减收入194.35亿元” under a 国内增值税 of 101.87亿元)", () => {
    const vat = "(1)国内增值税101.87亿元,同比下降61.1%,其中留抵退税冲减收入194.35亿元,扣除留抵退税因素后,完成年初预算的55.9%,同比增长1.6%。";
    expect(errors(vat, 2022)).toEqual([]);
  });
});

describe("a share after an amount that names no item of its own", () => {
  it("“当月完成A…;累计完成B…,占比p%” is the same item measured otherwise, not a share of A", () => {
    const haikou = "从收入结构看,地方税收收入当月完成11.1亿元,下降5.5%;累计完成137.4亿元,增长42.6%,占比86.5%,完成年度预算的86.6%。";
    expect(errors(haikou, 2021)).toEqual([]);
  });

  it("a part with its own name is still a share of the sentence's first amount", () => {
    const spending = (share: string) => `地方一般公共预算支出累计完成210亿元,增长17.9%,民生支出完成138.3亿元,增长11.1%,占比${share}%。`;
    expect(errors(spending("65.9"), 2021)).toEqual([]);
    expect(errors(spending("75.9"), 2021).map(([rule]) => rule)).toEqual(["N.share"]);
  });
});

describe("shares naming their parts in words, the amounts in the sentence before", () => {
  const guizhou = (first: string) =>
    `全年全省地区生产总值20164.58亿元,比上年增长1.2%。其中,第一产业增加值${first}亿元,增长3.6%;第二产业增加值7113.03亿元,增长0.5%;第三产业增加值10190.37亿元,增长1.0%。第一产业增加值占地区生产总值的比重为14.2%,比上年提高0.2个百分点;第二产业增加值占地区生产总值的比重为35.3%,比上年提高0.1个百分点;第三产业增加值占地区生产总值的比重为50.5%,比上年下降0.3个百分点。`;

  it("“第一产业增加值占地区生产总值的比重为14.2%” is 2861.18 ÷ 20164.58", () => {
    expect(errors(guizhou("2861.18"), 2022)).toEqual([]);
    // since f27 the shares tie 20164.58 (share-total.ts) and tell 7113.03 and 10190.37 at their most (culprit.ts): the list
    // names the changed amount itself, at most 20164.58 − 7113.03 − 10190.37 = 2861.18 (its share 14.2% the same slip)
    expect(errors(guizhou("3261.18"), 2022)).toEqual([["N.listSum", null, "3261.18亿元"]]);
  });

  it("a name stated for no amount, or for two, ties nothing", () => {
    const twice = "第一产业增加值2861.18亿元,第一产业增加值2000亿元。第一产业增加值占地区生产总值的比重为14.2%。全年全省地区生产总值20164.58亿元。";
    expect(errors(twice, 2022)).toEqual([]);
  });
});

describe("a gap in 百分点 between two stated rates", () => {
  const chuxiong = (first: string, second: string) =>
    `截至6月30日,全州地方一般公共预算收入累计完成455,490万元,完成预算的57.8%,增长19.9%,高于全省平均增幅(11%)${first}个百分点,高于州市平均增幅(14.5%)${second}个百分点,收入增幅全省排名第6位。`;

  it("is the rate before less the rate compared with, for each comparison after it", () => {
    expect(errors(chuxiong("8.9", "5.4"))).toEqual([]);
    expect(errors(chuxiong("9.9", "5.4"))).toEqual([["N.difference", "8.9个百分点", "9.9个百分点"]]);
    expect(errors(chuxiong("8.9", "4.4"))).toEqual([["N.difference", "5.4个百分点", "4.4个百分点"]]);
  });

  it("“低于” measures the other way, within the printed rates’ rounding", () => {
    const slower = (gap: string) => `全县收入增长8.1%,低于全省平均增幅(15.63%)${gap}个百分点。`;
    expect(errors(slower("7.53"))).toEqual([]);
    expect(errors(slower("7.5"))).toEqual([]);
    expect(errors(slower("6.5"))).toEqual([["N.difference", "7.53个百分点", "6.5个百分点"]]);
  });

  it("a gap whose second rate is not stated (“比上年提高0.2个百分点”, “快于序时进度3.4个百分点”) is not judged", () => {
    const unstated = "税收收入占比73.5%,比去年同期提升4.8个百分点;支出完成年初预算36.7%,快于序时进度3.4个百分点。";
    expect(check(unstated, 2018).filter((f) => f.rule === "N.difference")).toEqual([]);
  });
});

describe("wording of round s19m-3 (禄劝 2023, 湛江 2020)", () => {
  const luquan = (share: string) =>
    `地方一般公共预算收入67,439万元,剔除留抵退税后同口径增长19.7%,增收11,118万元。其中:税收收入41,393万元,非税收入26,046万元,非税收入占比${share}%。`;

  it("a share in a sentence opening with “其中” is of the whole the sentence before states, never of the first part", () => {
    expect(errors(luquan("38.62"), 2023)).toEqual([]);
    expect(errors(luquan("48.62"), 2023).map(([rule]) => rule)).toEqual(["N.share"]);
  });

  it("a rate measured after “剔除…同口径” is no rate of the change after it (no digits asked of it)", () => {
    const text = `${luquan("38.62")}地方一般公共预算支出347,768万元,下降1.15%,完成年初预算的93.07%。`;
    expect(check(text, 2023).filter((f) => f.rule === "N.digits" || f.rule === "N.growth")).toEqual([]);
  });

  it("a total equal to its parts' sum rounded to its own unit asks nothing, one part being finer", () => {
    const zhanjiang = (total: string) =>
      `全市一般公共预算收入137.78亿元。加上上级补助收入366.92亿元、待偿债置换一般债券上年结余4364万元、上年结余55.84亿元、调入资金47.08亿元、债务(转贷)收入39.68亿元、动用预算稳定调节基金25.82亿元等,全市一般公共预算收入总计${total}亿元。`;
    expect(check(zhanjiang("673.56"), 2020).filter((f) => f.rule === "N.total")).toEqual([]);
    expect(errors(zhanjiang("683.56"), 2020).map(([rule]) => rule)).toEqual(["N.total"]);
  });
});

describe("a review's reduction (凌云 2018 评审)", () => {
  const lingyun = (cut: string) => `截至11月份,全县共完成财政投资项目评审162个,送审金额115991万元,审定金额97219万元,审减金额${cut}万元,审减率16.39%。`;

  it("审减 is what was submitted less what was approved", () => {
    expect(errors(lingyun("18772"), 2018)).toEqual([]);
    expect(errors(lingyun("18906"), 2018)).toEqual([["N.difference", "18772.00", "18906"]]);
  });
});
