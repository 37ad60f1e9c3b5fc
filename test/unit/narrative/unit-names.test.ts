import { CONTEXT_PREFIX } from "../../../src/core/narrative/claims/figures";

/** One list of how a unit's name ends (claims/unit-names.ts), read by a figure's scope and by a statement's owner. */
describe("a unit's name before a figure's own words", () => {
  test.each(["中国人民银行", "海关总署", "上海交通大学", "北海市红十字会本级", "垫江县水利管理站", "2016年龙岗区残疾人联合会"])(
    "%s leaves the figure its own",
    (words) => {
      expect(CONTEXT_PREFIX.test(words)).toBe(true);
    },
  );

  test.each(["工资福利", "对个人和家庭补助", "上年"])("%s makes a longer item name", (words) => {
    expect(CONTEXT_PREFIX.test(words)).toBe(false);
  });
});
