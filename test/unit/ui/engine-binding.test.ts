import { createEngine } from "../../../src/ui/engine-binding";
import { DEFAULT_SETTINGS } from "../../../src/ui/settings/pane-settings";
import { cellAddress } from "../../../src/core/snapshot/address";
import { generateWorkbook, setAmount, slotsOf, toSnapshot } from "../../support/generate-workbook";

/** The pane's prior-year workbook (opened in 说明) also feeds the next check: 年初结转和结余 = 上年年末. */
describe("pane engine: last year's workbook", () => {
  const prior = generateWorkbook({ seed: 31, randomize: false });
  const current = generateWorkbook({ seed: 32, randomize: false });
  const end = slotsOf(prior, "J01", { row: "年末结转和结余" })[0];
  const start = slotsOf(current, "J01", { row: "年初结转和结余" })[0];
  setAmount(current, start, end.cents + 500);
  const fundEnd = slotsOf(prior, "J04", { row: "年末财政拨款结转和结余/一般公共预算财政拨款", column: "合计" })[0];
  setAmount(current, slotsOf(current, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款" })[0], fundEnd.cents);
  const read: string[] = [];
  const engine = createEngine(async (_bytes, name) => {
    read.push(name);
    return toSnapshot(prior);
  });
  const carryOver = (findings: { rule: string }[]) => findings.filter((f) => f.rule === "X.year.carry-over");

  test("is read through the page's reader and handed back with the figures the text needs", async () => {
    const analysis = engine.analyze(toSnapshot(current), DEFAULT_SETTINGS);
    const opened = await engine.priorFromWorkbook(new ArrayBuffer(0), "2022年决算.xlsx", analysis, { prior: {} });
    expect(read).toEqual(["2022年决算.xlsx"]);
    expect(opened.snapshot.sheets.length).toBeGreaterThan(0);
    expect(Object.keys(opened.figures).length).toBeGreaterThan(0);
  });

  test("without it the check says nothing about the carry-over; with it, a warning at this year's 年初 cell", async () => {
    expect(carryOver(engine.analyze(toSnapshot(current), DEFAULT_SETTINGS).findings)).toEqual([]);
    const analysis = engine.analyze(toSnapshot(current), DEFAULT_SETTINGS, toSnapshot(prior));
    const found = analysis.findings.filter((f) => f.rule === "X.year.carry-over");
    expect(found.map((f) => [f.severity, f.sheet, f.cell, f.actual])).toEqual([["warning", start.sheet, cellAddress(start.r, start.c), ((end.cents + 500) / 100).toFixed(2)]]);
  });
});
