import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19s (stop 33, test/fixtures/texts/: 武陵山乡 2023, 天台完全小学 2024 …) and the kinds of
 * error real writers make (test/support/planted-kinds.ts).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("一般公共预算财政拨款支出 is 基本支出 + 项目支出: a list of the two is complete", () => {
  const wulingshan = (basic: string, change = "增加39.77") =>
    `2023年一般公共预算财政拨款支出1643.29万元,比上年增加105.77万元。其中:基本支出${basic}万元,比上年${change}万元,主要原因是人员增资;项目支出690.79万元,比上年增加66.00万元,主要用于专职消防队运转。`;

  it("the two parts add up to their total: nothing", () => {
    expect(errors(wulingshan("952.50"), 2023)).toEqual([]);
  });

  it("a part whose digits are swapped leaves the list below its total: an error", () => {
    expect(errors(wulingshan("925.50"), 2023)).toEqual([["N.listSum", "1616.29", "1643.29"]]);
  });

  it("a part's change written with the wrong direction breaks the changes' sum", () => {
    expect(errors(wulingshan("952.50", "减少39.77"), 2023).map(([rule]) => rule)).toEqual(["N.changeSum"]);
  });
});
