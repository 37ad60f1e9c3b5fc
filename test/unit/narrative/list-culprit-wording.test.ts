import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { paragraphOf } from "../../support/text-corpus";

/**
 * Which figure a broken list names, weighed against the other relations each figure sits in
 * (src/core/narrative/claims/culprit.ts) — the 长乐 2017 wording (test/fixtures/texts/fj-changle-2017-final-sangong.txt:
 * “(二)公务用车购置及运行费1116.14万元。其中:” then “1、公务用车购置费34.71万元…” and “2、公务用车运行费1116.14万元…”),
 * in sentences of our own.
 */
const found = (text: string) => checkNarrative(readTextFile(text), [], { year: 2019 });
const errors = (text: string) =>
  found(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);
const warnings = (text: string, rule: string) => found(text).filter((f) => f.severity === "warning" && f.rule === rule);

describe("a subtotal listed item by item in paragraphs of their own, inside the 三公 sum", () => {
  // 三公 300.00 = 10.00 + 200.00 + 90.00 confirms the car line 200.00; 购置 50.00 with 减少10.00 and 下降16.7% (10 ÷ 60 =
  // 16.67%) is confirmed by its own change; 运行 200.00 took the car line's figure: 200.00 − 50.00 = 150.00
  const text = [
    "2019年本单位“三公”经费财政拨款支出300.00万元。",
    "(一)因公出国(境)费10.00万元。",
    "(二)公务用车购置及运行费200.00万元。其中:",
    "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。",
    "2、公务用车运行费200.00万元,主要用于燃油、维修、保险等支出。",
    "(三)公务接待费90.00万元。",
  ].join("\n");

  it("the car line confirmed by 三公, 购置 by its own change: the one finding names 运行 at ¶5, 应为150.00", () => {
    expect(errors(text)).toEqual([["N.total", 5, "200.00", "150.00"]]);
  });

  it("运行 put right: nothing", () => {
    expect(found(text.replace("公务用车运行费200.00", "公务用车运行费150.00"))).toEqual([]);
  });

  it("购置 with no relation of its own: either part may be the slip (购置 0, or 运行 150) — a warning naming both, no error", () => {
    const plain = text.replace(",比上年减少10.00万元,下降16.7%", "");
    expect(errors(plain)).toEqual([]);
    const [warning] = warnings(plain, "N.total");
    expect(warning.headline).toContain("请核对公务用车购置费、公务用车运行维护费");
    expect(paragraphOf(warning)).toBe(3);
  });

  it("the car line not confirmed (三公 400.00: the outer sum breaks at it too): the car line is still the error, 应为250.00", () => {
    expect(errors(text.replace("300.00", "400.00"))).toEqual([["N.total", 3, "200.00", "250.00"]]);
  });

  it("a list with no outer sum names its total as before", () => {
    const alone = ["公务用车购置及运行费200.00万元。其中:", "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。", "2、公务用车运行费200.00万元。"].join(
      "\n",
    );
    expect(errors(alone)).toEqual([["N.total", 1, "200.00", "250.00"]]);
  });
});

describe("a total's change against its parts' changes, one of them stated on a line whose amount is found wrong", () => {
  // the changes add up to −10 − 10 − 30 − 10 = −60 against 三公's 减少100.00; the 运行 line's amount took the car line's
  // figure (200.00 for 150.00), so its 减少30.00 may be another item's too: which change is wrong is not certain
  const text = [
    "2019年本单位“三公”经费财政拨款支出300.00万元,比上年减少100.00万元。",
    "(一)因公出国(境)费10.00万元,比上年减少10.00万元。",
    "(二)公务用车购置及运行费200.00万元。其中:",
    "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。",
    "2、公务用车运行费200.00万元,比上年减少30.00万元。",
    "(三)公务接待费90.00万元,比上年减少10.00万元。",
  ].join("\n");

  it("the 运行 amount is the one error; the sum of changes is a warning naming the doubt, not an error", () => {
    expect(errors(text)).toEqual([["N.total", 5, "200.00", "150.00"]]);
    const [warning] = warnings(text, "N.changeSum");
    expect(warning.headline).toContain("公务用车运行维护费的金额已查出有误，其减少30.00万元属于哪一项不能确定");
    expect(paragraphOf(warning)).toBe(1);
  });

  it("the 运行 amount printed right: the sum of changes is an error at the total's change, as before", () => {
    expect(errors(text.replace("公务用车运行费200.00", "公务用车运行费150.00"))).toEqual([["N.changeSum", 1, "减少100.00万元", "减少60.00万元"]]);
  });
});
