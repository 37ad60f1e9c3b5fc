import { analyzeWorkbook } from "../../../src/core/analysis";
import { TableSet } from "../../../src/core/rules/table-set";
import type { TableModel, TableRow } from "../../../src/core/tables/table-model";
import { compact } from "../../../src/core/text/normalize";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";

/**
 * A row named in a rule is the row with that key, else with that code, else with that name. The indexes leave out
 * codes and names no lookup can reach (a code a key already holds); checked against the definition, written as a
 * filter, for every key, code and name of every table of a generated unit, and of each table repeated eightfold
 * (every name then names several rows).
 */
const models = analyzeWorkbook(toSnapshot(generateWorkbook({ seed: 77, units: 1, randomize: false }))).models;

function expected(table: TableModel, name: string): TableRow[] {
  const c = compact(name);
  if (!c) return [];
  for (const nameOf of [(r: TableRow) => compact(r.key), (r: TableRow) => r.code, (r: TableRow) => compact(r.name)]) {
    const rows = table.rows.filter((r) => nameOf(r) === c);
    if (rows.length > 0) return rows;
  }
  return [];
}

function namesOf(table: TableModel): string[] {
  return [...new Set(table.rows.flatMap((r) => [r.key, r.code ?? "", r.name, `${r.name} `, "没有这一行"]))];
}

const repeated = (table: TableModel, times: number): TableModel => ({ ...table, rows: Array.from({ length: times }, () => table.rows).flat() });

describe("rows looked up by key, code or name", () => {
  test("the generated unit has tables to look in", () => {
    expect(models.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...models.map((t) => repeated(t, 8).rows.length))).toBeGreaterThan(200);
  });

  test.each(models.map((t) => [t.kind.id, t] as const))("%s: the table and the table repeated give the rows the definition gives", (_id, table) => {
    for (const t of [table, repeated(table, 8)]) {
      const set = new TableSet([t]);
      for (const name of namesOf(t)) {
        const want = expected(t, name);
        expect({ name, rows: set.rows(t, name) }).toEqual({ name, rows: want });
        for (const column of t.columns.map((c) => c.key)) expect(set.rowWith(t, name, column)).toBe(want.find((r) => r.cells.has(column)));
      }
    }
  });
});
