import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Shares stated side by side for one class of two wholes (issue #19, m14): “中国人民大学教育支出48.79亿元,,占比达96.72%;
 * 吉林大学教育支出60.05亿元,,占比为95.22%” (zy-moe-universities-2018-budget-xinjingbao-b ¶6) — each 教育支出 is a share of its
 * own university's 支出; a whole lists each class once (src/core/narrative/claims/share-sums.ts repeatsAClass), so the
 * shares are not one list adding up to 100%.
 */
const sumFindings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2018 })
    .filter((f) => f.rule === "N.shareSum")
    .map((f) => [f.severity, f.actual ?? null, /^第(\d+)段/.exec(f.message)?.[1] ?? null]);

describe("one class of two wholes, side by side", () => {
  it("holds on the real text (两所高校的教育支出占比)", () => {
    const text = "中国人民大学教育支出48.79亿元,,占比达96.72%;吉林大学教育支出60.05亿元,,占比为95.22%,。";
    expect(sumFindings(text)).toEqual([]);
  });

  it("two different classes of one list above 100% are still an error", () => {
    const text = "其中:教育支出60万元,占70%;社会保障和就业支出50万元,占50%。";
    expect(sumFindings(text)).toEqual([["error", "120.00%", "1"]]);
  });
});
