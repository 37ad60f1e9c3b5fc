import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * “其中:” lists of changes (s19v, stop 34): the total's change in one sentence, each part's change in the next, as the
 * 云南 三公 决算 template writes them — with the template's “增加/减少0万元” left in for a part that did not change.
 */
const changeSums = (text: string, year = 2018) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error" && f.rule === "N.changeSum")
    .map((f) => [f.expected ?? null, f.actual ?? null]);

// yn-panlong-gulou-2018-final-sangong ¶3 (http://www.persianwink.com/c/2019-10-25/3701458.shtml)
const gulou =
  "盘龙区鼓楼街道办事处2018年度一般公共预算财政拨款“三公”经费支出预算为12.04万元,支出决算为12.04万元,完成预算的100%。" +
  "2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年减少2.01万元,下降14.31%。其中:因公出国(境)费支出决算增加/减少0万元,增长/下降0%;" +
  "公务用车购置及运行费支出决算减少1.52万元,下降27.34%;公务接待费支出决算增加/减少0万元,增长/下降0%。";

describe("a total's change against a “其中:” list of its parts' changes", () => {
  it("“增加/减少0万元” is no change whichever word was meant: 0 + 1.52 + 0 against 减少2.01 is found", () => {
    expect(changeSums(gulou)).toEqual([["减少1.52万元", "减少2.01万元"]]);
  });

  it("the parts' changes adding up to the total's: nothing", () => {
    expect(changeSums(gulou.replace("减少2.01万元,下降14.31%", "减少1.52万元,下降11.18%"))).toEqual([]);
  });

  it("an amount other than 0 with both direction words adds nothing certain: the sum is not judged", () => {
    expect(changeSums(gulou.replace("因公出国(境)费支出决算增加/减少0万元", "因公出国(境)费支出决算增加/减少0.49万元"))).toEqual([]);
  });

  it("a total's change named with another year than the report's is not tied to this year's parts", () => {
    expect(
      changeSums(gulou.replace("2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年", "2017年度一般公共预算财政拨款“三公”经费支出决算数比2016年")),
    ).toEqual([]);
  });
});
