import { analyzeWorkbook } from "../../../src/core/analysis";
import { YEARS_AS_LINES_REASON } from "../../../src/core/recognition/years-as-lines";
import { publishedTableCells, readPublishedTable, type PublishedTable } from "../../support/published-table";

/**
 * A 三公 comparison with its years as lines and its items as columns (衢江 2016) is not read yet: it is listed as not
 * recognised with that reason, never checked on a guess; a table of years as lines that lists no 三公 items (the
 * yearbook's 预算外资金) keeps the plain reason.
 */

const analyse = (table: PublishedTable) => analyzeWorkbook(publishedTableCells(table));

test("衢江's years-as-lines 三公 comparison: not recognised, with why", () => {
  const result = analyse(readPublishedTable("zj-qujiang-2016-final-sangong"));
  expect(result.models).toEqual([]);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(result.unrecognized.map((u) => [u.range, u.reason])).toEqual([["A1:G6", YEARS_AS_LINES_REASON]]);
});

test("the yearbook's years-as-lines table (no 三公 items) keeps the plain reason", () => {
  const result = analyse(readPublishedTable("cn-stats-1999-extrabudget-years"));
  expect(result.unrecognized.map((u) => u.reason)).not.toContain(YEARS_AS_LINES_REASON);
});
