import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { paragraphOf } from "../../support/text-corpus";

/**
 * An item of a “其中” list written nil in words, with no amount (m7's miss, sx-yuncheng-tielu-zhongxue-2020-budget ¶6:
 * ““三公”经费预算2万元,…。其中:没有公出国(境)费用;公务接待费2万元,…;没有公务用车购置费。”): the list is read all the same,
 * and the nil item is a part of the whole that adds nothing.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f) ?? null, f.expected ?? null, f.actual ?? null]);

describe("“其中:没有X费用;…”: a list opening with an item nil in words", () => {
  const yuncheng = [
    "2、“三公经费”预算",
    "2020年度“三公经费”预算2万元,与2019年预算相比减少2万。其中:没有公出国(境)费用;公务接待费2万元,较上年预算持平;公务用车运行维护费0万元,较上年预算减少;没有公务用车购置费。",
  ].join("\n");

  it("as published: nothing", () => {
    expect(check(yuncheng, 2020).filter((f) => f.severity !== "info")).toEqual([]);
  });

  // the parts stated above their total (./totals.ts, before the list rule, which leaves a relation judged alone)
  it("a part above the total is an error, whatever item opens the list", () => {
    const wrong = check(yuncheng.replace("公务接待费2万元", "公务接待费4万元"), 2020).filter((f) => f.severity === "error");
    expect(wrong.map((f) => [f.rule, paragraphOf(f), f.expected, f.actual])).toEqual([["N.total", 2, "4.00", "2"]]);
    expect(wrong[0].message).toContain("公务接待费4.00");
  });

  it("a count after “其中” (“其中:国内公务接待40批次”) still opens no list of money", () => {
    const count = "公务接待费20万元,其中:国内公务接待40批次,300人次;公务用车运行维护费30万元。";
    expect(errors(count, 2020)).toEqual([]);
  });
});

describe("“没有X” / “无X” / “X为零”: the nil items name their parts of the whole", () => {
  it("with them the three 三公 parts are all named: a sum below the total is an error too", () => {
    const text = "“三公”经费预算5万元。其中:没有因公出国(境)费用;公务接待费2万元;公务用车运行维护费1万元;公务用车购置费为零。";
    expect(errors(text, 2020)).toEqual([["N.listSum", 1, "3.00", "5"]]);
    expect(errors(text.replace("公务接待费2万元", "公务接待费4万元"), 2020)).toEqual([]);
  });

  it("without 出国 the list is not complete, and a sum below the total says nothing", () => {
    const text = "“三公”经费预算5万元。其中:公务接待费2万元;公务用车运行维护费1万元;无公务用车购置费。";
    expect(errors(text, 2020)).toEqual([]);
  });
});
