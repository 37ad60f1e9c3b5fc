import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { runCheck } from "../../support/run-check";
import { publishedTableIds, publishedTableXlsx, readPublishedTable, withPlant, type PublishedTable } from "../../support/published-table";

/**
 * Real tables from other provinces, typed by hand from their published pages (test/fixtures/tables, README there):
 * each must be read and checked, give no error but the real ones, and every real error at its cell with its
 * corrected value. Nothing here was seen when the table reader was written; what it still misses is listed below as
 * test.failing with the reason (the test turns red once it is found, and the entry must then go).
 */

interface CheckLine {
  id: string;
  places?: number;
}

interface CliReport {
  tables: { kind: string; range: string }[];
  checks: { lines: CheckLine[] }[];
  findings: { severity: string; rule: string; sheet: string; cell: string; message: string; expected?: string }[];
}

/** Ids of tables the checker does not read or check yet, with why. */
const NOT_CHECKED: Record<string, string> = {
  "zj-qujiang-2016-final-sangong": "years as lines, 三公 items as columns, and a title without “三公”: said not recognised with that reason",
  "cn-stats-1999-extrabudget-years": "a yearbook table (years as lines), not a disclosure table: said not recognised",
  "hn-hengyang-shigu-2016-budget-revenue": "a district's revenue budget (tax lines), not a department's disclosure table: said not recognised",
  "ha-puyang-march-budget-execution-by-county": "a city's monthly budget execution by county, not a disclosure table: said not recognised",
};

/** “id cell” of real errors not found yet, with why. */
const MISSED: Record<string, string> = {
  "zj-qujiang-2016-final-sangong F6": "the table is not recognised",
  "zj-qujiang-2016-final-sangong G6": "the table is not recognised",
  "hn-yuanling-2021-budget-sangong A10":
    "found as a warning at A10 (N.growth 11.27%): the text rules take a rate cut short (11.27 → 11.2) as a tail to confirm, not an error",
};

const folder = mkdtempSync(path.join(tmpdir(), "published-tables-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const reports = new Map<string, Promise<CliReport>>();

function report(id: string, table: PublishedTable): Promise<CliReport> {
  const cached = reports.get(id);
  if (cached) return cached;
  const run = (async () => {
    const file = path.join(folder, `${id}.xlsx`);
    writeFileSync(file, await publishedTableXlsx(table));
    const { stdout } = await runCheck([file, "--json"]);
    return JSON.parse(stdout) as CliReport;
  })();
  reports.set(id, run);
  return run;
}

/** The report, or nothing when the file could not be checked at all. */
function reportIfRead(id: string, table: PublishedTable): Promise<CliReport | undefined> {
  return report(id, table).catch(() => undefined);
}

/** Rules that weigh the table's amounts (not the input checks every sheet gets, nor the text checks). */
function checkedPlaces(r: CliReport): number {
  return r.checks.flatMap((c) => c.lines).reduce((n, l) => (/^(input|N|set|structure)\./.test(l.id) ? n : n + (l.places ?? 0)), 0);
}

function testOr(failing: string | undefined): typeof test {
  return failing ? test.failing : test;
}

describe.each(publishedTableIds())("%s", (id) => {
  const table = readPublishedTable(id);
  const problemCells = new Set(table.problems.flatMap((p) => [p.cell, ...(p.alsoAt ?? [])]));

  testOr(NOT_CHECKED[id])("is read and its amounts checked", async () => {
    const r = await report(id, table);
    expect(r.tables.length).toBeGreaterThan(0);
    expect(checkedPlaces(r)).toBeGreaterThan(0);
  });

  test("no error but the real ones", async () => {
    const r = await reportIfRead(id, table);
    if (!r) return; // not read at all: nothing is said, which the test above reports
    const wrong = r.findings.filter((f) => f.severity === "error" && !problemCells.has(f.cell));
    expect(wrong.map((f) => `${f.cell} ${f.message}`)).toEqual([]);
  });

  if (table.warnings) {
    const expected = new Set([...problemCells, ...table.warnings.map((w) => w.cell)]);
    test("no warning but the ones the hand check expects", async () => {
      const r = await reportIfRead(id, table);
      if (!r) return; // not read at all: nothing is said, which the first test reports
      const wrong = r.findings.filter((f) => f.severity === "warning" && !expected.has(f.cell));
      expect(wrong.map((f) => `${f.cell} ${f.message}`)).toEqual([]);
    });
  }

  for (const plant of table.plants ?? []) {
    test(`a hand-planted ${plant.cell} → ${plant.printed} is an error at ${plant.errorAt.join(" or ")}`, async () => {
      const r = await report(`${id}-${plant.cell}`, withPlant(table, plant));
      const errors = r.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => f.cell)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(${plant.errorAt.join("|")})$`))]));
    });
  }

  for (const problem of table.problems) {
    testOr(MISSED[`${id} ${problem.cell}`])(`finds ${problem.cell}: ${problem.printed || "(empty)"} → ${problem.expected}`, async () => {
      const r = await report(id, table);
      const errors = r.findings.filter((f) => f.severity === "error");
      const atCell = errors.find((f) => f.cell === problem.cell);
      const elsewhere = errors.find((f) => problem.alsoAt?.includes(f.cell));
      expect(atCell ?? elsewhere).toBeDefined();
      if (atCell) expect(atCell.message.replace(/,/g, "")).toContain(problem.expected);
    });
  }
});

describe("a 合计 its own column confirms, against sources that are all 0 or empty (岳阳县文联 2017)", () => {
  const id = "hn-yueyang-wenlian-2017-budget-sangong";

  test("is an error at each line with no corrected value: the sources are named to check", async () => {
    const r = await report(id, readPublishedTable(id));
    const errors = r.findings.filter((f) => f.rule === "Y09.funds");
    expect(errors.map((f) => [f.severity, f.cell, f.expected])).toEqual([
      ["error", "B4", undefined],
      ["error", "B6", undefined],
      ["error", "B7", undefined],
      ["error", "B8", undefined],
    ]);
    expect(errors[0].message).toContain("合计 已由另一核对印证");
    expect(errors[0].message).toContain("差额 4.90 应出在 一般公共预算、政府性基金预算、国有资本经营预算 中");
  });
});

describe("an empty change on a line whose 本年 − 上年 is not zero (红河县 2018, 因公出国 增加额)", () => {
  const id = "yn-honghe-2018-final-sangong";

  test("is the one error, at the empty cell with 4.20, its column's 合计 (confirmed by 本年 − 上年) left alone", async () => {
    const r = await report(id, readPublishedTable(id));
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.cell, f.expected])).toEqual([["J07.change", "E6", "4.20"]]);
    expect(errors[0].message).toContain("增减额列：合计 93.27");
  });
});
