import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A share “of the budget” after an amount (src/core/narrative/claims/share-total.ts): “收入81000万元,占调整预算的100%,…
 * 支出411120万元,占调整预算的100%” (test/fixtures/texts/hb-shayang-2022-budget-execution.txt) is each amount's own
 * budget — a completion rate — so two of them are never shares of one whole (src/core/narrative/claims/implied-total.ts,
 * sibling-shares.ts). Shares of one whole named in the same words are still compared, their working in the unit written.
 */
const check = (text: string) => checkNarrative(readTextFile(text), [], {});
const shareFindings = (text: string) => check(text).filter((f) => f.rule === "N.share" || f.rule === "N.shareSum");

describe("a share of “the budget” after an amount is of that amount's own budget", () => {
  const shayang =
    "2022年,全县一般公共预算收入预计完成81000万元,占调整预算的100%,同比下降6.8%,全县一般公共预算支出预计完成411120万元,占调整预算的100%,同比增长20.4%。";

  it("holds on the real text: 收入 and 支出 each completes its own 调整预算", () => {
    expect(check(shayang)).toEqual([]);
  });

  it("whatever the budget's words (年初预算, 预算数, 年计划), two such shares are never one whole", () => {
    for (const whole of ["年初预算", "预算数", "年计划", "全年预算"])
      expect(shareFindings(shayang.replace(/调整预算/g, whole)).map((f) => f.headline)).toEqual([]);
  });

  it("基本支出 and 项目支出 each “占预算的” are no siblings of one budget", () => {
    const text = "基本支出预算2476260.58元,占年初预算的98.06%;项目支出469500元,占年初预算的99.62%。";
    expect(shareFindings(text).map((f) => f.headline)).toEqual([]);
    const one = "基本支出预算2476260.58元,占一般公共预算支出的84.06%;项目支出469500元,占一般公共预算支出的19.62%。";
    expect(shareFindings(one).map((f) => [f.rule, f.severity])).toEqual([["N.share", "error"]]);
  });
});

describe("two shares of one whole named in the same words that disagree", () => {
  const transfers = "一般性转移支付12295.73亿元,占转移支付总量的48%。专项转移支付13310.91亿元,占转移支付总量的30%。";

  it("is a warning whose working is each printed amount ÷ its printed share, in the unit written", () => {
    const found = shareFindings(transfers);
    expect(found.map((f) => [f.severity, f.steps])).toEqual([
      ["warning", ["12295.73亿元 ÷ 48% ≈ 25616.10亿元", "13310.91亿元 ÷ 30% ≈ 44369.70亿元", "同一转移支付总量，两者应相同"]],
    ]);
  });
});

describe("two shares of one whole adding up to 100%, their parts' sum an amount the text states (泸州 2022 政府采购)", () => {
  // sc-luzhou-2022-procurement ¶2 and ¶5 (a repost in traditional characters): 29.81 + 41.41 = 71.22, the 实际完成采购金额 of ¶2;
  // 29.81 ÷ 71.22 = 41.86%, 41.41 ÷ 71.22 = 58.14%
  const stated = "本報訊 2022年,四川省瀘州市共實施政府采購預算77.06億元,實際完成采購金額71.22億元,節約資金5.84億元。";
  const levels = "從項目層級來看,市級政府采購規模29.81億元,占采購總量的16.26%;區縣級政府采購規模41.41億元,占采購總量的83.74%。";
  const text = (...lines: string[]) => lines.join("\n");
  const errors = (t: string) =>
    check(t)
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

  it("the whole is that amount: each share off it is an error naming it, with the amount it is of", () => {
    const found = check(text(stated, levels)).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["N.share", "41.86%", "16.26%"],
      ["N.share", "58.14%", "83.74%"],
    ]);
    expect(found[0].message).toContain("29.81 + 41.41 = 71.22亿元（文中“实际完成采购金额71.22亿元”）");
  });

  it("the right shares hold; a sum the text states nowhere leaves open which figure is wrong (a warning)", () => {
    expect(check(text(stated, levels.replace("16.26%", "41.86%").replace("83.74%", "58.14%")))).toEqual([]);
    expect(shareFindings(text(stated.replace("71.22", "72.22"), levels)).map((f) => f.severity)).toEqual(["warning"]);
    expect(shareFindings(levels).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("shares that do not add up to 100% do not say the two parts are all of the whole", () => {
    expect(errors(text(stated, levels.replace("83.74%", "80.74%")))).toEqual([]);
  });

  // ¶4: 56.25 + 14.97 = 71.22; 56.25 ÷ 71.22 = 78.98%, 14.97 ÷ 71.22 = 21.02%
  const ways = "從采購方式看,公開招標56.25億元,占采購總量的79%;非公開招標14.97億元,占采購總量的21%。";

  it("an item and “非” + the same item are all of the whole whatever the shares add up to: the one off is named", () => {
    expect(check(text(stated, ways))).toEqual([]);
    const found = check(text(stated, ways.replace("79%", "74%"))).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["N.share", "78.98%", "74%"]]);
    expect(found[0].message).toContain("公开招标与非公开招标即采购总量的全部");
    // another way of buying beside 公开招标 says nothing of what else the whole holds
    expect(errors(text(stated, ways.replace("79%", "74%").replace("非公開招標", "邀請招標")))).toEqual([]);
  });

  it("the two are all of a total they are listed under", () => {
    const listed = "全市政府采购规模71.22亿元,其中:公开招标56.25亿元,非公开招标10.97亿元。";
    expect(errors(listed)).toEqual([["N.listSum", "67.22", "71.22亿元"]]);
    expect(errors(listed.replace("非公开招标", "邀请招标"))).toEqual([]);
  });
});

describe("“占年计划P万元的r%” after an amount is its completion of the plan stated inline", () => {
  const huarong =
    "2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长21.41%。其中,上划中央收入完成36400万元,占年计划34300万元的106.12%,同比增长21.73%;上划省级收入完成8777万元,占年计划7855万元的111.74%,同比增长74.95%;一般公共预算地方收入完成67676万元,占年计划58345万元的115.99%,同比增长16.61%。";
  const errors = (text: string) =>
    check(text)
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

  it("holds on the real text (test/fixtures/texts/hn-huarong-2021-final.txt)", () => {
    expect(check(huarong)).toEqual([]);
  });

  it("a rate that is not amount ÷ plan is an error at the rate with the quotient", () => {
    expect(errors(huarong.replace("112.29%", "125.3%"))).toEqual([["N.completion", "112.29%", "125.3%"]]);
    expect(errors(huarong.replace("36400", "31400"))).toEqual([["N.completion", "91.55%", "106.12%"]]);
  });

  it("the amount stays the total of its “其中” list, and the plan the total of the parts' plans", () => {
    expect(errors(huarong.replace("112853", "94233"))).toEqual([
      ["N.listSum", "112853.00", "94233"],
      ["N.completion", "93.76%", "112.29%"],
    ]);
    expect(errors(huarong.replace("100500", "89725"))).toEqual([
      ["N.listSum", "100500.00", "89725"],
      ["N.completion", "125.78%", "112.29%"],
    ]);
  });
});

describe("“X中的Y…占总收入比重” is a share of X, the whole Y's own name says it is of (益阳 2021 1-5月)", () => {
  const yiyang = (share: string) =>
    `1-5月累计,全市一般公共预算收入535668万元,比上年同期(以下简称“同比”)增加86102万元,增长19.15%。其中:地方一般公共预算收入297302万元,同比增长12.31%;上划省级收入43200万元,同比增长26.16%;上划中央收入195166万元,同比增长29.58%。全市一般公共预算收入中的税收收入430405万元,同比增长30.82%,占总收入比重为${share}%,同比上升7.16个百分点。`;

  it("holds on the real text, and a changed share is an error against 全市一般公共预算收入", () => {
    expect(shareFindings(yiyang("80.35"))).toEqual([]);
    expect(shareFindings(yiyang("72.95")).map((f) => [f.severity, f.expected, f.actual])).toEqual([["error", "80.35%", "72.95%"]]);
  });
});
