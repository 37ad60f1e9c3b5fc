import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Parts in parentheses right after their whole, with no “其中” (test/fixtures/texts/README.md, h5 round 4: 吉林 2022 预算调整,
 * “新增地方政府债务限额861亿元(一般债务限额203亿元,专项债务限额658亿元)”): a list where the parts name every part of a known
 * identity, a remark otherwise.
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2022 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“债务限额A(一般债务限额B,专项债务限额C)”: the two kinds of debt are all of it", () => {
  const jilin =
    "经国务院同意,2022年,财政部分两批次分配下达我省新增地方政府债务限额861亿元(一般债务限额203亿元,专项债务限额658亿元)。其中:提前批次新增地方政府债务限额162亿元(一般债务限额98亿元,专项债务限额64亿元),已列入2022年初预算草案;本批次新增地方政府债务限额699亿元,包括一般债务限额105亿元(含外债转贷额度3.65亿元),专项债务限额594亿元。";

  it("holds on the real wording (203 + 658 = 861; 98 + 64 = 162; the 3.65 inside 105 is a remark)", () => {
    expect(errors(jilin)).toEqual([]);
  });

  it("a whole its two kinds do not add up to is an error, above or below", () => {
    expect(errors(jilin.replace("限额861亿元", "限额652亿元"))).toEqual([["N.listSum", "861.00", "652亿元"]]);
    expect(errors(jilin.replace("限额162亿元", "限额172亿元"))).toEqual([["N.listSum", "162.00", "172亿元"]]);
  });

  it("amounts in parentheses that name no identity's parts are a remark (“(上年120万元)”, “(省级30亿元,市县级40亿元)”)", () => {
    expect(errors("2022年“三公”经费预算100万元(上年120万元,决算95万元)。")).toEqual([]);
    expect(errors("全省新增债券资金90亿元(省级30亿元,市县级40亿元)。")).toEqual([]);
  });
});

describe("a part's own “(其中,…)” list, comma after “其中” (岳阳 2016 “三公” 预算)", () => {
  const yueyang = (other: string) =>
    `公务用车购置及运行维护费11167万元(其中,公务用车购置费255万元,公务用车运行维护费7922万元,其他交通工具购置${other}万元,其他交通费用2846万元)。`;

  it("is read as a list of the part before it (not as a whole “11167万元(其…中,” opening the sentence)", () => {
    expect(errors(yueyang("144"))).toEqual([]);
    expect(errors(yueyang("164"))).toEqual([["N.listSum", "11187.00", "11167"]]);
  });
});

describe("“财政拨款收入A(其中,一般公共预算B,政府性基金预算C,国有资本经营预算D)”: the three budgets are all of it (三门 公安 2020)", () => {
  const sanmen =
    "本年收入合计25,031.67万元;包括财政拨款收入24,940.34万元(其中,一般公共预算24,399.59万元,政府性基金预算540.75万元,国有资本经营预算0万元),占收入合计99.64%;上级补助收入0万元,占收入合计0%;事业收入0万元,占收入合计0%;经营收入0万元,占收入合计0%;附属单位上缴收入0万元,占收入合计0%;其他收入91.33万元,占收入合计0.36%。";

  it("holds on the real wording (24,399.59 + 540.75 + 0 = 24,940.34)", () => {
    expect(errors(sanmen)).toEqual([]);
  });

  it("the three short of or above their total: the total stands by its share 99.64%, a warning names the two parts to check", () => {
    for (const changed of ["政府性基金预算450.75万元", "政府性基金预算630.75万元"]) {
      const findings = checkNarrative(readTextFile(sanmen.replace("政府性基金预算540.75万元", changed)), [], { year: 2022 });
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      const warnings = findings.filter((f) => f.severity === "warning" && f.rule === "N.listSum");
      expect(warnings.map((f) => [f.actual, f.headline])).toEqual([["24940.34", expect.stringContaining("请核对一般公共预算、政府性基金预算")]]);
    }
  });

  it("财政拨款收入 printed 24,970.34: its own three give 24,940.34 = 25,031.67 − 91.33 — it is the slip, never the 本年收入合计", () => {
    const findings = checkNarrative(readTextFile(sanmen.replace("财政拨款收入24,940.34万元", "财政拨款收入24,970.34万元")), [], { year: 2022 });
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.actual, f.expected])).toEqual([["24970.34", "24,940.34万元"]]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  describe("two slips (财政拨款收入 24,970.34, its own 一般公共预算 24,409.59): the six items give 25,061.67, the shares fit it (#19)", () => {
    const text = sanmen.replace("财政拨款收入24,940.34万元", "财政拨款收入24,970.34万元").replace("一般公共预算24,399.59万元", "一般公共预算24,409.59万元");

    it("only 99.64% breaks at 25,031.67 — a slip in 财政拨款收入 fits it as well: no error at 本年收入合计, a warning naming both", () => {
      const findings = checkNarrative(readTextFile(text), [], { year: 2022 });
      expect(findings.filter((f) => f.actual === "25031.67").map((f) => [f.rule, f.severity, f.headline])).toEqual([
        ["N.listSum", "warning", expect.stringContaining("请核对本年收入合计、财政拨款收入。")],
      ]);
      // 25,031.67 − 91.33 = 24,940.34, 99.64% of it: the share's own finding gives 财政拨款收入 its value
      expect(findings.filter((f) => f.severity === "error").map((f) => [f.actual, f.expected])).toEqual([["24970.34", "24,940.34万元"]]);
      expect(findings.some((f) => f.message.includes("已由文中别处印证"))).toBe(false);
    });

    it("本年收入合计 stated alike in another paragraph: confirmed, the warning names 财政拨款收入 alone", () => {
      const stated = [
        "2020年度收入总计25,031.67万元,支出总计25,031.67万元。",
        "一、收入决算情况说明。本年收入合计25,031.67万元,比上年增加1,031.67万元,增长4.30%。",
        text,
      ];
      const findings = checkNarrative(readTextFile(stated.join("\n")), [], { year: 2020 });
      const [warning] = findings.filter((f) => f.severity === "warning" && f.rule === "N.listSum");
      expect(warning.headline).toContain("本年收入合计25,031.67万元另有印证，差额应出在财政拨款收入中，请核对财政拨款收入。");
      expect(findings.filter((f) => f.severity === "error").map((f) => f.actual)).toEqual(["24970.34"]);
    });
  });

  it("two of the three may leave the third out, and a part named as the whole's own words is no whole: no error", () => {
    expect(errors("财政拨款收入4436.33万元(其中,一般公共预算3999.53万元,政府性基金预算336.80万元)。")).toEqual([]);
    expect(errors("一般公共预算财政拨款收入4436.33万元(其中,一般公共预算3999.53万元,政府性基金预算336.80万元,国有资本经营预算0万元)。")).toEqual([]);
  });
});
