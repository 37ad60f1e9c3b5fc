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
