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
