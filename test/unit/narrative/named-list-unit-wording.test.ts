import { checkNarrative } from "../../../src/core/narrative";
import { findMentions } from "../../../src/core/narrative/claims/mentions";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A unit written once after the last of amounts joined by 、, each after its own name (“收入476.17、支总计460.06万元”,
 * sc-dazhou-gexi-2020-final ¶16): the unit is every one's, and the amounts are one list, read in turn.
 */
const read = (sentence: string) => findMentions(sentence).map((m) => [m.value.toString(), m.label, m.slot, m.groupSize]);
const values = (sentence: string) => findMentions(sentence).map((m) => [m.value.toString(), m.groupSize]);

describe("the unit after a list naming each amount", () => {
  it("is every member's, each with its own name", () => {
    expect(read("2020年度收入476.17、支总计460.06万元。")).toEqual([
      ["476.17", "收入", 0, 2],
      ["460.06", "支总计", 1, 2],
    ]);
    expect(read("与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%。").slice(0, 2)).toEqual([
      ["84.55", "收入减少", 0, 2],
      ["99.6", "支出总计减少", 1, 2],
    ]);
  });

  it("is no whole number's (a count, a list's numbering), nor carried across a comma, “其中” or to a percent", () => {
    expect(values("公务用车3、公务接待费2.50万元。")).toEqual([["2.5", 1]]);
    expect(values("2、公务接待费0.70万元。")).toEqual([["0.7", 1]]);
    expect(values("收入476.17,支出总计460.06万元。")).toEqual([["460.06", 1]]);
    expect(values("收入476.17、其中财政拨款400.00万元。")).toEqual([["400", 1]]);
    expect(values("收入476.17、占比21.6%。")).toEqual([["21.6", 1]]);
  });
});

const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2020 })
    .filter((f) => f.severity === "error" || f.rule === "N.growth")
    .map((f) => [f.rule, f.severity, f.expected ?? null, f.actual ?? null]);

describe("paired lists whose unit is written once (sc-dazhou-gexi-2020-final ¶16)", () => {
  const printed = "2020年度收入476.17、支总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%。";

  it("as printed: both rates divided by this year's amounts are found (84.55 ÷ 560.72 = 15.08%, 99.6 ÷ 559.66 = 17.80%)", () => {
    expect(findings(printed)).toEqual([
      ["N.growth", "error", "15.08%", "18%"],
      ["N.growth", "error", "17.80%", "21.6%"],
    ]);
  });

  it("the true rates: silent", () => {
    expect(findings(printed.replace("18%、21.6%", "15%、17.8%"))).toEqual([]);
  });

  it("one change altered: found at its own rate", () => {
    const text = printed.replace("18%、21.6%", "15%、17.8%").replace("减少99.6万元", "减少89.6万元");
    expect(findings(text)).toEqual([["N.growth", "error", "16.30%", "17.8%"]]);
  });
});

/**
 * With the unit written after each change (“收入减少84.55万元、支出总计减少99.6万元,分别下降15.1%、17.8%”) the changes are two
 * amounts stated on their own, no list: the rates' list pairs with none of them (the second took the first rate, 15.1%, and was
 * found “wrong” against its own 17.80% — a false error). Left unjudged.
 */
describe("a list of rates after changes each written with its unit", () => {
  const written = "2020年度收入476.17万元、支出总计460.06万元。与2019年相比,收入减少84.55万元、支出总计减少99.6万元,分别下降15.1%、17.8%。";

  it("the true rates: no error at the second change's place", () => {
    expect(findings(written)).toEqual([]);
  });
});
