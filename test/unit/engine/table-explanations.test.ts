import { analyzeWorkbook } from "../../../src/core/analysis";
import { publishedTableCells, readPublishedTable, type PublishedTable } from "../../support/published-table";
import { brief } from "./finding-helpers";

/**
 * A table's own explanation line (沅陵县 2021: the 三公 table's last line “增减情况说明:…较2020年4729 万元减少533万元,同比下降
 * 11.2%。…”) is read as a paragraph of the 情况说明 and checked at its cell; the note in the 备注 column is not.
 */

const yuanling = readPublishedTable("hn-yuanling-2021-budget-sangong");

const analyse = (table: PublishedTable) => analyzeWorkbook(publishedTableCells(table));

const withExplanation = (text: string): PublishedTable => ({ ...yuanling, rows: yuanling.rows.map((r, i) => (i === 9 ? [text, "", ""] : r)) });

test("the rate cut short in the explanation line is named at its cell: 533 ÷ 4729 = 11.27%, not 11.2%", () => {
  const result = analyse(yuanling);
  expect(result.textParagraphs).toBe(1);
  expect(result.findings.map((f) => [f.severity, f.rule, f.cell, f.expected])).toEqual([["warning", "N.growth", "A10", "11.27%"]]);
});

test("the same line with the rate rounded gives no finding, and the 备注 note is not read as text", () => {
  const result = analyse(withExplanation(yuanling.rows[9][0].replace("同比下降11.2%", "同比下降11.3%")));
  expect(result.textParagraphs).toBe(1);
  expect(result.findings.map(brief)).toEqual([]);
});

test("a line that only names its 说明 (no colon, no sentences) is not a paragraph", () => {
  const result = analyse(withExplanation("三、“三公”经费增减变化原因等说明"));
  expect(result.textParagraphs).toBe(0);
});
