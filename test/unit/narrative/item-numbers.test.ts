import { itemNumber, opensPart, sectionNumberAt, withoutItemNumber } from "../../../src/core/narrative/claims/item-numbers";

/** The one reader of a 情况说明's outline numbers (claims/item-numbers.ts), for lists, headings, list ends and names. */
describe("item numbers", () => {
  test.each([
    ["一、收入支出决算总体情况说明", 0, 1],
    ["二.收入决算情况说明", 0, 2],
    ["（三）“三公”经费支出", 1, 3],
    ["12、公务接待费", 2, 12],
    ["(1)税收收入完成18.92亿元", 3, 1],
    ["二是加强预算管理", 4, 2],
  ])("%s: level %i, number %i", (text, level, n) => {
    expect(itemNumber(text)).toEqual({ level, n });
  });

  test("a decimal is no item number, nor words without one", () => {
    expect(itemNumber("1.5万元用于…")).toBeUndefined();
    expect(itemNumber("第二部分 2025年部门预算情况说明")).toBeUndefined();
    expect(opensPart("第二部分 2025年部门预算情况说明")).toBe(true);
  });

  test("a name without its outline number: “(二)支出预算” → “支出预算”; “一是” is a word of the sentence", () => {
    expect(withoutItemNumber("(二)支出预算")).toBe("支出预算");
    expect(withoutItemNumber("（1）收入总计调整为")).toBe("收入总计调整为");
    expect(withoutItemNumber("一是加强预算管理")).toBe("一是加强预算管理");
  });

  test("the next section inside a sentence: “，三、公务接待费预算200万元” or “（三）”", () => {
    const words = "公务用车购置费0万元，三、公务接待费预算200万元";
    expect(sectionNumberAt(words)).toBe(words.indexOf("三、"));
    expect(sectionNumberAt("其中:（三）公务接待费")).toBe(3);
    expect(sectionNumberAt("其中:(1)公务接待费")).toBe(-1);
  });
});
