import { CHANGE_IDENTITIES, FIGURE_BUDGETS, FIGURE_CONTEXT, FIGURE_IDENTITIES, FIGURE_WORDS } from "../../../src/core/narrative/claims/figures";
import { builtInTemplate } from "../../../src/core/narrative/generate";
import { parseTemplate } from "../../../src/core/narrative/template/template";

/**
 * The text checker looks a figure up by its template definition (定义 名称 = …): a figure name that is no
 * definition would silently never be checked. Every name figures.ts uses must be defined by the built-in template.
 */
const defined = (family: "决算" | "预算") => new Set(parseTemplate(builtInTemplate(family)).definitions.keys());
const undefinedIn = (names: Iterable<string>, family: "决算" | "预算") => [...names].filter((name) => !defined(family).has(name));

describe("the text checker's figures are the templates' definitions", () => {
  test.each(["决算", "预算"] as const)("every figure the %s text may name is a 定义 of the built-in template", (family) => {
    const words = FIGURE_WORDS[family];
    expect(Object.keys(words).length).toBeGreaterThanOrEqual(14);
    expect(undefinedIn(Object.keys(words), family)).toEqual([]);
  });

  test("identities, budgets and contexts name figures the text can name (决算, or 预算: 一般公共预算基本支出)", () => {
    const named = new Set([...Object.keys(FIGURE_WORDS.决算), ...Object.keys(FIGURE_WORDS.预算)]);
    const used = [
      ...Object.entries(FIGURE_IDENTITIES).flat(2),
      ...Object.entries(CHANGE_IDENTITIES).flat(2),
      ...Object.keys(FIGURE_BUDGETS),
      ...Object.keys(FIGURE_CONTEXT),
    ];
    expect(used.filter((name) => !named.has(name))).toEqual([]);
    expect(undefinedIn(Object.values(FIGURE_BUDGETS), "决算")).toEqual([]);
  });
});
