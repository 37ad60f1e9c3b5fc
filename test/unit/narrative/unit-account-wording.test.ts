import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the b6 blind rounds on 部门决算 / 部门预算 texts of units (test/fixtures/texts/README.md, “b6 blind rounds”):
 * a sentence ended by “.” (环县 西川初中 2018), a 收支 whole whose “其中” lists both sides (龙岗 残联 2016), a “其中” list in
 * parentheses right after its amount with no separator in the numbers (民盟温州市委 2019), and a part's amount wrong in a
 * list whose shares add up to 100% (probed on 环县).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string) =>
  check(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("a line ended by “.” after words ends its paragraph", () => {
  const huanxian = [
    "本部门2018年度收入合计267.07万元,其中:财政拨款收入267.07万元,占100%.",
    "本部门2018年度支出合计213万元,其中:基本支出186.25万元,占87.44%;项目支出26.75万元,占12.56%。",
  ].join("\n");

  it("two paragraphs, each share of its own total: no error", () => {
    expect(readTextFile(huanxian).map((p) => p.index)).toEqual([1, 2]);
    expect(errors(huanxian)).toEqual([]);
  });

  it("a line broken inside a number (a digit before the “.”) still goes on in the next line", () => {
    const broken = "本部门2018年度收入合计267.07万元,与上年相比减少15.65万元,其中:财政拨款收入为267.\n07万元,占收入合计的100%。";
    expect(readTextFile(broken).map((p) => p.index)).toEqual([1]);
  });
});

describe("“收支总预算A,其中:本年收入B,…;本年支出C”: each side is a list of the whole on its own", () => {
  const longgang = "龙岗区残疾人联合会2016年收支总预算8,795.61万元(详见表一),其中:本年收入8,795.61万元,占收入预算100%;本年支出8,795.61万元。";

  it("holds on the real text (the two sides are not added up)", () => {
    expect(errors(longgang)).toEqual([]);
  });

  it("one side above the whole is an error naming that side (the whole stands: 本年收入 is 100% of it)", () => {
    expect(errors(longgang.replace("本年支出8,795.61万元", "本年支出8,975.61万元"))).toEqual([["N.listSum", null, "8975.61"]]);
  });

  it("a part that names neither side leaves the list unread", () => {
    expect(errors("2016年收支总预算100.00万元,其中:财政拨款80.00万元,本年支出100.00万元。")).toEqual([]);
  });
});

describe("“财政拨款收入A万元(其中,一般公共预算B万元,政府性基金预算C万元)”: the parenthesised “其中” opens the list", () => {
  const minmeng = "本年收入合计284.90万元;包括财政拨款收入284.90万元(其中,一般公共预算257.90万元,政府性基金预算27.00万元),占收入合计100.00%。";

  it("holds on the real text", () => {
    expect(errors(minmeng)).toEqual([]);
  });

  it("parts above their amount are an error, with or without thousands separators", () => {
    expect(errors(minmeng.replace("27.00万元", "72.00万元").replace(",占收入合计100.00%", ""))).toEqual([["N.listSum", "329.90", "284.90"]]);
    expect(errors("财政拨款收入4436.33万元(其中,一般公共预算3999.53万元,政府性基金预算463.80万元)。")).toEqual([["N.listSum", "4463.33", "4436.33"]]);
  });

  it("the amount told by its share (占收入合计100.00% of 284.90; at the parts' 329.90, 115.80%): no error naming it, a warning to check the two parts", () => {
    const slipped = minmeng.replace("27.00万元", "72.00万元");
    expect(errors(slipped)).toEqual([]);
    const warnings = check(slipped).filter((f) => f.severity === "warning" && f.rule === "N.listSum");
    expect(warnings.map((f) => f.headline)).toEqual([expect.stringContaining("请核对一般公共预算、政府性基金预算")]);
  });

  it("a sentence opening with its whole's name and “中,” still breaks that whole down", () => {
    expect(errors("下达盟市各类补助资金中,一般性转移支付30亿元,专项转移支付80亿元。")).toEqual([]);
  });
});

describe("“合计T,其中:A,占p%;B,占q%” with p + q = 100%: one amount off its share and the sum is the slip", () => {
  const huanxian = "本部门2018年度支出合计213万元,其中:基本支出186.25万元,占87.44%;项目支出26.75万元,占12.56%。";

  it("holds on the real text", () => {
    expect(errors(huanxian)).toEqual([]);
  });

  it("a part's amount changed is named with total − the other parts", () => {
    expect(errors(huanxian.replace("186.25", "168.25"))).toEqual([["N.listSum", "186.25", "168.25"]]);
  });

  it("a share changed is named at the share (the amounts still add up)", () => {
    expect(errors(huanxian.replace("占12.56%", "占15.26%"))).toEqual([["N.share", "12.56%", "15.26%"]]);
  });

  it("two amounts off leave the slip open: the share and the sum are reported as before", () => {
    const two = huanxian.replace("186.25", "168.25").replace("26.75", "36.75");
    expect(errors(two).some(([rule, , actual]) => rule === "N.listSum" && actual === "168.25")).toBe(false);
  });
});
