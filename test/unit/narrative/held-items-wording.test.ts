import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { checkText, paragraphAt, paragraphOf, readCorpusDocument } from "../../support/text-corpus";

/**
 * 外事接待费 is inside 国内接待费 in the 三公 tables since 2014 and beside it before (src/core/narrative/claims/held-items.ts): a
 * list naming both is judged without 外事, in one sentence or read on past its end — never an error that only the older
 * version would make.
 */
const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2024 })
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.severity, f.actual ?? null, f.expected ?? null]);

describe("a list naming 外事接待费 beside 国内接待费", () => {
  it("“其中:国内接待费20万元,外事接待费3.5万元” under 公务接待费 20 (the 2014 table's nesting): nothing", () => {
    expect(findings("公务接待费20万元,其中:国内接待费20万元,外事接待费3.5万元。")).toEqual([]);
    expect(findings("公务接待费20万元,其中:外事接待费3.5万元,国内接待费20万元。")).toEqual([]);
  });

  it("the same in parentheses after the total: nothing", () => {
    expect(findings("公务接待费20万元(国内接待费20万元,外事接待费3.5万元)。")).toEqual([]);
  });

  it("the same read on past the sentence's end: nothing", () => {
    expect(findings("公务接待费20万元。其中:外事接待费3.5万元,主要用于接待外宾。国内接待费20万元,主要用于上级检查。")).toEqual([]);
  });

  it("国内 alone above the total breaks either version: the error says 外事 was left out and why", () => {
    const text = "公务接待费163万元。其中:外事接待费支出3.5万元,主要用于接待外宾工作。国内公务接待支出181.5万元,主要用于上级检查。";
    expect(findings(text)).toEqual([["N.listSum", "error", "163", "181.50"]]);
    const [finding] = checkNarrative(readTextFile(text), [], { year: 2012 });
    expect(finding.steps).toContain("外事接待费支出不计入：它可能已含在国内公务接待支出之内（2014年起的“三公”经费表中外事接待费列在国内接待费之下）");
    expect(finding.message).toBe("第1段：“公务接待费163万元，其中……”：所列国内公务接待支出181.50万元，超过所述合计。");
  });

  it("公务接待费 and its own 国内接待费 side by side under the 三公 total: judged without 国内", () => {
    expect(findings("“三公”经费支出10万元,其中公务接待费10万元,国内接待费10万元。")).toEqual([]);
    expect(findings("“三公”经费支出10.5万元,其中因公出国(境)费5.1万元,公务接待费6.2万元,国内接待费6.2万元。")).toEqual([
      ["N.listSum", "error", "10.5", "11.30"],
    ]);
  });

  it("国内 beside 国(境)外接待费 is a plain list: 18 + 3.5 above 20 is an error", () => {
    expect(findings("公务接待费20万元,其中:国内接待费18万元,国(境)外接待费3.5万元。")).toEqual([["N.listSum", "error", "20", "21.50"]]);
  });
});

describe("四川省教育厅 2011 ¶7: “公务接待费59.64万元。其中:外事接待费支出17万元,…。国内公务接待支出42.64万元,…”", () => {
  const doc = readCorpusDocument("sc-edu-2011-final-sangong");
  const errorsWith = (from: string, to: string) => {
    expect(paragraphAt(doc, 7).text.split(from)).toHaveLength(2);
    const paragraphs = doc.paragraphs.map((p) => (p.index === 7 ? { ...p, text: p.text.replace(from, to) } : p));
    return checkText(paragraphs, doc.year).filter((f) => f.severity === "error" && paragraphOf(f) === 7);
  };

  it("as published: no error", () => {
    expect(errorsWith("42.64万元", "42.64万元")).toEqual([]);
  });

  it("外事 17 → 37 (above the total only in the older version): no error", () => {
    expect(errorsWith("外事接待费支出17万元", "外事接待费支出37万元")).toEqual([]);
  });

  it("国内 42.64 → 62.64 (above the total in either version): the list's error", () => {
    expect(errorsWith("国内公务接待支出42.64万元", "国内公务接待支出62.64万元").map((f) => [f.rule, f.actual, f.expected])).toEqual([
      ["N.listSum", "59.64", "62.64"],
    ]);
  });
});
