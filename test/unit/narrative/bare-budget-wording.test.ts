import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A bare “预算” after an amount of its clause (src/core/narrative/claims/statements.ts clauseBinding): in a 决算 text it is the
 * item's budget; in a text that names no 决算, the amount before it is what was spent, so which is the figure is in doubt —
 * never one figure stated twice with two values (中新网 2015 on 外交部's 2014 决算).
 */
const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2014 })
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.severity, f.actual ?? null, f.expected ?? null]);

describe("““三公”经费支出10044.01万元,预算11324.44万元”", () => {
  it("the spent amount and its budget side by side: nothing", () => {
    expect(findings("2014年外交部“三公”经费支出10044.01万元,预算11324.44万元,预算执行比例为88.69%。")).toEqual([]);
    expect(findings("三公经费支出100万元,预算数120万元。")).toEqual([]);
  });

  it("a budget's rate on the two, changed, is still an error naming the rate", () => {
    expect(findings("2014年“三公”经费预算11324.44万元,支出10044.01万元,预算执行率为86.69%。")).toEqual([["N.completion", "error", "86.69%", "88.69%"]]);
  });

  it("in a 决算 text the bare 预算 is the item's budget: still no figure stated twice", () => {
    expect(findings("三公经费决算100万元,预算120万元。")).toEqual([]);
  });
});
