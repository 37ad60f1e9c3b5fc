import { analyzeWorkbook } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { cellAddress } from "../../../src/core/snapshot/address";
import { Prng } from "../../support/prng";
import { generateWorkbook, setAmount, toSnapshot, toXlsx, type GeneratedWorkbook, type LayoutOptions, type TableId } from "../../support/generate-workbook";
import { brief, errors, involves } from "./finding-helpers";

/**
 * Property tests over the shapes real units publish besides the atlas' usual ones: each shape, generated correct,
 * gives no finding at all; one amount changed in it gives an error at the changed cell.
 */

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 101);
const CODE_TABLES: TableId[] = ["J02", "J03", "J05", "J08", "J09"];

function plantAndFind(wb: GeneratedWorkbook, seed: number, tables: TableId[]) {
  const rng = new Prng(seed * 7919);
  const slot = rng.pick(wb.amounts.filter((a) => a.checked && tables.includes(a.table)));
  const delta = rng.pick([37, -37, 123, 1250, -4567, 10000]);
  setAmount(wb, slot, slot.cents + delta);
  const found = errors(analyzeWorkbook(toSnapshot(wb)).findings);
  const where = `${slot.table} ${slot.row}/${slot.column} at ${slot.sheet}!${cellAddress(slot.r, slot.c)} ${slot.cents}→${slot.cents + delta}`;
  return {
    where,
    hit: found.some((f) => f.sheet === slot.sheet && f.cell === cellAddress(slot.r, slot.c)) || found.some((f) => involves(f, slot)),
    found: found.map(brief),
  };
}

describe("amount columns two sheet columns wide under a merged header", () => {
  const layout = (seed: number): Partial<LayoutOptions> => ({
    mergedAmounts: [...new Set<TableId>(["J03", ...new Prng(seed).sample(CODE_TABLES, 1 + (seed % 3))])],
    mergedBody: seed % 2 === 0,
  });

  test.each(SEEDS)("seed %i: correct tables give no finding", (seed) => {
    const wb = generateWorkbook({ seed, layout: layout(seed) });
    const result = analyzeWorkbook(toSnapshot(wb));
    expect(result.findings.map(brief)).toEqual([]);
    expect(result.tables).toHaveLength(9);
  });

  test.each(SEEDS)("seed %i: a changed amount in a merged column is an error at its cell", (seed) => {
    const wb = generateWorkbook({ seed, layout: layout(seed) });
    const outcome = plantAndFind(wb, seed, wb.layout.mergedAmounts);
    expect(outcome).toMatchObject({ where: outcome.where, hit: true });
  });

  test("through .xlsx bytes: the merged 支出决算表 alone is read, its error found", async () => {
    const wb = generateWorkbook({ seed: 7, layout: { mergedAmounts: ["J03"], mergedBody: true } });
    const clean = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "clean.xlsx"));
    expect(clean.findings.map(brief)).toEqual([]);
    const changed = plantAndFind(wb, 7, ["J03"]);
    expect(changed.hit).toBe(true);
  });
});

describe("formulas saved without their result", () => {
  test.each(SEEDS.slice(0, 6))("seed %i: simple formulas are worked out: no finding but one note per sheet, a changed part is found", (seed) => {
    const wb = generateWorkbook({ seed, layout: { formulaTotals: "simple" } });
    const result = analyzeWorkbook(toSnapshot(wb));
    const notes = result.findings.filter((f) => f.rule === "input.formula-uncomputed");
    expect(notes.map((f) => f.severity)).toEqual(["info"]);
    expect(result.findings.filter((f) => f.rule !== "input.formula-uncomputed").map(brief)).toEqual([]);
    const outcome = plantAndFind(wb, seed, ["J03"]);
    expect(outcome).toMatchObject({ where: outcome.where, hit: true });
  });

  test.each(SEEDS.slice(0, 6))("seed %i: formulas it cannot work out: one warning per sheet, never an error over them", (seed) => {
    const wb = generateWorkbook({ seed, layout: { formulaTotals: "opaque", arrangement: "sheet-per-table" } });
    const result = analyzeWorkbook(toSnapshot(wb));
    const totals = wb.amounts.filter((a) => a.table === "J03" && a.column === "本年支出合计");
    const warnings = result.findings.filter((f) => f.rule === "input.formula-uncomputed");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", sheet: totals[0].sheet, cell: cellAddress(totals[0].r, totals[0].c) });
    expect(warnings[0].message).toContain("公式没有计算结果，请在 Excel 中打开并保存后再检查");
    expect(errors(result.findings).map(brief)).toEqual([]);
    const rng = new Prng(seed);
    const slot = rng.pick(wb.amounts.filter((a) => a.table === "J03" && a.column === "基本支出" && a.cents > 0));
    setAmount(wb, slot, slot.cents + 123);
    const found = errors(analyzeWorkbook(toSnapshot(wb)).findings);
    expect(found.some((f) => involves(f, slot))).toBe(true);
    expect(found.filter((f) => totals.some((t) => f.sheet === t.sheet && f.cell === cellAddress(t.r, t.c))).map(brief)).toEqual([]);
  });

  test("through .xlsx bytes (no cached value written): the formulas are read without a value and worked out", async () => {
    const wb = generateWorkbook({ seed: 5, layout: { formulaTotals: "simple" } });
    const result = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "formulas.xlsx"));
    expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["info input.formula-uncomputed"]);
  });
});

describe("numbers the header does not reach are never a silent pass", () => {
  test("amounts in the right half of a merged amount header: a warning, not “没有任何数据”", () => {
    const cell = (value: string | number) => ({ value });
    const cells = [
      [cell("支出决算表")],
      [cell("项目"), cell("本年支出")],
      [],
      [cell("合计"), undefined, cell(100), cell(60)],
      [cell("201 一般公共服务支出"), undefined, cell(100), cell(60)],
    ];
    const snapshot = { name: "x.xlsx", sheets: [{ name: "表", cells, rowCount: 5, columnCount: 4, merges: [{ top: 1, left: 1, bottom: 2, right: 3 }] }] };
    const result = analyzeWorkbook(snapshot);
    expect(result.findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toContain("warning structure.unread-numbers A1");
    expect(result.findings.map((f) => f.rule)).not.toContain("table.empty-note");
  });
});

describe("a second copy of a table", () => {
  const ARRANGEMENTS: LayoutOptions["arrangement"][] = ["sheet-per-table", "one-sheet", "sheet-per-unit"];

  test.each(SEEDS.slice(0, 6))("seed %i: both copies read and named, no other finding; a change in either copy is an error there", (seed) => {
    const arrangement = ARRANGEMENTS[seed % 3];
    const wb = generateWorkbook({ seed, layout: { copiedSheet: true, arrangement } });
    const copySheet = wb.draft.sheets.find((s) => s.name.endsWith(" (2)"))!.name;
    const result = analyzeWorkbook(toSnapshot(wb));
    const copies = result.findings.filter((f) => f.rule === "structure.copy");
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((f) => f.severity === "info" && f.sheet === copySheet && f.message.includes("有 2 份"))).toBe(true);
    expect(result.findings.filter((f) => f.rule !== "structure.copy").map(brief)).toEqual([]);
    expect(result.tables.filter((t) => t.kind === "支出决算表").map((t) => t.sheet)).toContain(copySheet);
    const rng = new Prng(seed);
    for (const sheet of [copySheet, wb.amounts.find((a) => a.table === "J03")!.sheet]) {
      const fresh = generateWorkbook({ seed, layout: { copiedSheet: true, arrangement } });
      const slot = rng.pick(fresh.amounts.filter((a) => a.table === "J03" && a.sheet === sheet && a.checked));
      setAmount(fresh, slot, slot.cents + 1250);
      const found = errors(analyzeWorkbook(toSnapshot(fresh)).findings);
      expect({ sheet, hit: found.some((f) => involves(f, slot)) }).toEqual({ sheet, hit: true });
    }
  });
});

describe("hidden sheets and rows", () => {
  test.each(SEEDS.slice(0, 4))("seed %i: a hidden sheet's tables are read and checked, each reported once as hidden", (seed) => {
    const wb = generateWorkbook({ seed, layout: { hidden: "sheet" } });
    const hiddenSheet = wb.draft.sheets.find((s) => s.hidden)!.name;
    const result = analyzeWorkbook(toSnapshot(wb));
    const onSheet = result.tables.filter((t) => t.sheet === hiddenSheet);
    expect(onSheet.map((t) => t.kind)).toContain("财政拨款“三公”经费支出决算表");
    const hidden = result.findings.filter((f) => f.rule === "structure.hidden");
    expect(hidden.map((f) => f.table).sort()).toEqual(onSheet.map((t) => t.kind).sort());
    expect(hidden.every((f) => f.severity === "warning" && f.message.includes(`工作表“${hiddenSheet}”隐藏`))).toBe(true);
    expect(result.findings.filter((f) => f.rule !== "structure.hidden").map(brief)).toEqual([]);
    const slot = new Prng(seed).pick(wb.amounts.filter((a) => a.table === "J07" && a.checked && a.cents > 0));
    setAmount(wb, slot, slot.cents + 1250);
    expect(errors(analyzeWorkbook(toSnapshot(wb)).findings).some((f) => involves(f, slot))).toBe(true);
  });

  test.each(SEEDS.slice(0, 4))("seed %i: hidden rows of a table are named in one warning; a change in a hidden row is an error", (seed) => {
    const wb = generateWorkbook({ seed, layout: { hidden: "rows" } });
    const sheet = wb.draft.sheets.find((s) => s.hiddenRows)!;
    const result = analyzeWorkbook(toSnapshot(wb));
    const hidden = result.findings.filter((f) => f.rule === "structure.hidden");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ table: "支出决算表", sheet: sheet.name, severity: "warning" });
    for (const r of sheet.hiddenRows!) expect(hidden[0].message).toContain(`第 ${r + 1} 行`);
    expect(result.findings.filter((f) => f.rule !== "structure.hidden").map(brief)).toEqual([]);
    const slot = wb.amounts.find((a) => a.table === "J03" && a.sheet === sheet.name && a.r === sheet.hiddenRows![0] && a.checked && a.cents > 0)!;
    setAmount(wb, slot, slot.cents + 123);
    expect(errors(analyzeWorkbook(toSnapshot(wb)).findings).some((f) => involves(f, slot))).toBe(true);
  });

  test("through .xlsx bytes: the reader keeps the hidden sheet and the hidden rows", async () => {
    const sheetHidden = analyzeWorkbook(await readWorkbook(await toXlsx(generateWorkbook({ seed: 4, layout: { hidden: "sheet" } })), "a.xlsx"));
    expect(sheetHidden.findings.filter((f) => f.rule === "structure.hidden").length).toBeGreaterThan(0);
    expect(sheetHidden.tables).toHaveLength(9);
    const rowsHidden = analyzeWorkbook(await readWorkbook(await toXlsx(generateWorkbook({ seed: 4, layout: { hidden: "rows" } })), "b.xlsx"));
    expect(rowsHidden.findings.map((f) => `${f.severity} ${f.rule} ${f.table}`)).toEqual(["warning structure.hidden 支出决算表"]);
  });
});
