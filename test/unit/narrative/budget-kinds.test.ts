import { GRANTING_KINDS } from "../../../src/core/narrative/claims/budget-kinds";
import { fundNamed, LIST_IDENTITIES, LIST_WORDS, namesWholeOfFlow } from "../../../src/core/narrative/claims/figures";

/** One vocabulary of the budgets (claims/budget-kinds.ts): each reader of a budget's name takes it from there. */
describe("the budget kinds, defined once", () => {
  test("财政拨款 comes from three budgets: the 社会保险基金预算 grants none", () => {
    expect(GRANTING_KINDS).toEqual(["一般公共预算", "政府性基金预算", "国有资本经营预算"]);
    expect(LIST_IDENTITIES.财政拨款收入).toEqual(["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"]);
    expect(LIST_WORDS.政府性基金预算财政拨款收入).toEqual(["政府性基金预算", "政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金预算财政拨款"]);
  });

  test("a budget is named by its stem, its full name or an older name", () => {
    expect(fundNamed("政府性基金收入")).toBe("政府性基金");
    expect(fundNamed("社会保险基金预算收入")).toBe("社会保险基金");
    expect(fundNamed("一般公共服务支出")).toBeUndefined();
    // 政府性基金 with or without its 预算 (the old pattern “政府性基金预算?” made the 算 alone optional)
    expect(namesWholeOfFlow("政府性基金收入", "全部收入")).toBe(true);
    expect(namesWholeOfFlow("全市政府性基金预算收入", "总收入")).toBe(true);
    expect(namesWholeOfFlow("公共财政预算支出", "全部支出")).toBe(true);
    expect(namesWholeOfFlow("政府性基金收入", "全部支出")).toBe(false);
  });
});
