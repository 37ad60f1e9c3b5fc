import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { runCheck } from "../../support/run-check";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { cellAddress } from "../../../src/core/snapshot/address";
import { Prng } from "../../support/prng";
import { generateWorkbook, setAmount, toSnapshot, toXlsx, type GeneratedWorkbook, type LayoutOptions, type TableId } from "../../support/generate-workbook";
import { brief, errors, involves } from "./finding-helpers";
import { budgetThreePublicWorkbook, randomBudgetShape, randomFinalShape, setBudgetAmount, slotAddress } from "../../support/budget-three-public";
import { draftToSnapshot as toSnapshotOf } from "../../support/workbook-draft";

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

/** One checked amount of the table changed: an error at that cell (or naming it). */
function oneChangedAmountIsFound(wb: ReturnType<typeof budgetThreePublicWorkbook>, table: string, rng: Prng) {
  const slot = rng.pick(wb.amounts.filter((a) => a.checked && a.table === table));
  const delta = rng.pick([37, -37, 1250, 10000]);
  setBudgetAmount(wb, slot, slot.cents + delta);
  const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
  const hit = found.some((f) => `${f.sheet}!${f.cell}` === slotAddress(slot) || f.related.includes(slotAddress(slot)));
  expect({ shape: wb.shape, slot: `${slot.row}/${slot.column} ${slotAddress(slot)}`, hit, found: found.map(brief) }).toMatchObject({ hit: true });
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

describe("the budget 三公 table printed down, one item per line", () => {
  const shapeFor = (seed: number) => randomBudgetShape(new Prng(seed * 31));

  test.each(SEEDS)("seed %i: correct tables give no finding; every item and measure is read", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, shapeFor(seed));
    const result = analyzeWorkbook(toSnapshotOf(wb.draft));
    expect({ shape: wb.shape, findings: result.findings.map(brief) }).toEqual({ shape: wb.shape, findings: [] });
    const table = result.models.find((t) => t.kind.id === "Y09")!;
    expect(table.unit).toBe(wb.shape.yuan ? "元" : "万元");
    for (const slot of wb.amounts.filter((a) => a.table === "Y09")) {
      const row = table.rows.find((r) => r.key === slot.row)!;
      expect({ at: slotAddress(slot), cell: row?.cells.get(slot.column)?.address }).toEqual({ at: slotAddress(slot), cell: slotAddress(slot).split("!")[1] });
    }
    expect(table.columns.map((c) => c.key)).not.toContain("备注");
    expect(table.columns.map((c) => c.key).some((k) => k.includes("车辆数"))).toBe(false);
  });

  test.each(SEEDS)("seed %i: one changed amount is an error at that cell", (seed) =>
    oneChangedAmountIsFound(budgetThreePublicWorkbook(seed, shapeFor(seed)), "Y09", new Prng(seed * 7)),
  );

  test("against the budget set's 基本支出预算表: a 30217 above the 三公 公务接待费 budget is an error", () => {
    const wb = budgetThreePublicWorkbook(3, { ...shapeFor(3), basicTable: true });
    const reception = wb.amounts.find((a) => a.table === "Y09" && a.row === "公务接待费" && a.column === "预算数")!;
    const line = wb.amounts.find((a) => a.table === "Y07" && a.row === "30217" && a.column === "合计")!;
    setBudgetAmount(wb, reception, line.cents - 500);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([slotAddress(reception)]);
  });
});

describe("the 决算 三公 table printed down, 预算数 | 决算数", () => {
  const shapeFor = (seed: number) => randomFinalShape(new Prng(seed * 37));

  test.each(SEEDS)("seed %i: correct tables give no finding; every item is read at its cell, counts and 备注 never as money", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, shapeFor(seed));
    const result = analyzeWorkbook(toSnapshotOf(wb.draft));
    expect({ shape: wb.shape, findings: result.findings.map(brief) }).toEqual({ shape: wb.shape, findings: [] });
    const table = result.models.find((t) => t.kind.id === "J07")!;
    expect(table.unit).toBe(wb.shape.yuan ? "元" : "万元");
    for (const slot of wb.amounts.filter((a) => a.table === "J07")) {
      const row = table.rows.find((r) => r.key === slot.row && !r.count);
      expect({ at: slotAddress(slot), cell: row?.cells.get(slot.column)?.address }).toEqual({ at: slotAddress(slot), cell: slotAddress(slot).split("!")[1] });
    }
    const keys = table.columns.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(["预算数", "决算数"]));
    expect(keys.some((k) => k.includes("备注") || k.includes("车辆数"))).toBe(false);
    for (const row of table.rows.filter((r) => /批次|人次|保有量/.test(r.name)))
      expect({ row: row.name, count: row.count }).toEqual({ row: row.name, count: true });
  });

  test.each(SEEDS)("seed %i: one changed amount is an error at that cell", (seed) =>
    oneChangedAmountIsFound(budgetThreePublicWorkbook(seed, shapeFor(seed)), "J07", new Prng(seed * 11)),
  );
});

describe("a 三公 table whose 合计 also counts a line of another kind (会议费)", () => {
  const shape = {
    title: "财政拨款“三公”经费支出决算表",
    measures: "final",
    yuan: false,
    totalAt: "bottom",
    counts: "none",
    remarks: false,
    running: false,
    basicTable: false,
  } as const;

  /** Prints a 会议费 line above the 合计 and adds it to the 合计 (plus `slip` 分 in the 决算数 column). */
  function withMeeting(seed: number, slip: number) {
    const wb = budgetThreePublicWorkbook(seed, shape);
    const sheet = wb.draft.sheets[0];
    const at = sheet.rows.findIndex((r) => r[0]?.value === "合计");
    const meeting = [1000 + seed, 12345 + seed];
    sheet.rows.splice(at, 0, [{ value: "4.会议费" }, ...meeting.map((cents) => ({ value: cents / 100, numberFormat: "0.00" }))]);
    const total = sheet.rows[at + 1];
    [1, 2].forEach(
      (c, i) => (total[c] = { value: (Math.round((total[c]!.value as number) * 100) + meeting[i] + (c === 2 ? slip : 0)) / 100, numberFormat: "0.00" }),
    );
    return { wb, totalAt: `三公经费!${cellAddress(at + 1, 2)}` };
  }

  test.each(SEEDS.slice(0, 6))("seed %i: a warning about what the table covers in each column, naming 会议费, no error", (seed) => {
    const { wb } = withMeeting(seed, 0);
    const found = analyzeWorkbook(toSnapshotOf(wb.draft)).findings;
    expect(errors(found).map(brief)).toEqual([]);
    expect(found.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ["J07.total", "warning", undefined],
      ["J07.total", "warning", undefined],
    ]);
    expect(found[0].message).toContain("正好是表中另列的 会议费");
  });

  test("a 合计 off by more than the 会议费 is still an error at the 合计", () => {
    const { wb, totalAt } = withMeeting(3, 700);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([["J07.total", totalAt]]);
  });
});

describe("the 政府性基金 三公 budget against the 政府性基金预算支出预算表", () => {
  const shapeFor = (seed: number) => ({ ...randomBudgetShape(new Prng(seed * 41)), fund: true, basicTable: false });

  test.each(SEEDS)("seed %i: both tables read, correct tables give no finding", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, shapeFor(seed));
    const result = analyzeWorkbook(toSnapshotOf(wb.draft));
    expect({ shape: wb.shape, findings: result.findings.map(brief) }).toEqual({ shape: wb.shape, findings: [] });
    expect(result.models.map((t) => t.kind.id).sort()).toEqual(["Y10", "Y11"]);
  });

  test.each(SEEDS)("seed %i: a 三公 合计 above all the fund's spending is an error at the 三公 合计", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, shapeFor(seed));
    const threePublic = wb.amounts.find((a) => a.table === "Y11" && a.row === "合计" && a.column === "预算数")!;
    const spending = Math.max(0, threePublic.cents - 100);
    const basic = Math.floor(spending / 3);
    for (const slot of wb.amounts.filter((a) => a.table === "Y10"))
      setBudgetAmount(wb, slot, slot.column === "合计" ? spending : slot.column === "基本支出" ? basic : spending - basic);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([["XY.Y11-Y10.items", slotAddress(threePublic)]]);
  });
});

describe("the right culprit", () => {
  const base = {
    title: "部门“三公”经费和机关运行经费预算表",
    measures: "single",
    yuan: false,
    totalAt: "bottom",
    counts: "none",
    remarks: false,
    running: false,
    basicTable: false,
  } as const;

  test.each(SEEDS.slice(0, 6))("seed %i: an item repeating its total's value is blamed, not the total", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, base);
    const total = wb.amounts.find((a) => a.row === "合计")!;
    const item = wb.amounts.find((a) => a.row === "公务接待费")!;
    setBudgetAmount(wb, item, total.cents);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => [`${f.sheet}!${f.cell}`, f.expected])).toEqual([[slotAddress(item), (item.cents / 100).toFixed(2)]]);
    expect(found[0].message).toContain(`公务接待费 预算数 ${(total.cents / 100).toFixed(2)} 应为 ${(item.cents / 100).toFixed(2)}`);
  });

  const fourDigits = SEEDS.filter((seed) => budgetThreePublicWorkbook(seed, base).amounts.find((a) => a.row === "公务接待费")!.cents >= 1000);

  test.each(fourDigits)("seed %i: an item with a digit dropped is blamed, not the total", (seed) => {
    const wb = budgetThreePublicWorkbook(seed, base);
    const item = wb.amounts.find((a) => a.row === "公务接待费")!;
    const digits = String(item.cents);
    const dropped = Number(digits.slice(0, 1) + digits.slice(2));
    setBudgetAmount(wb, item, dropped);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => [`${f.sheet}!${f.cell}`, f.expected])).toEqual([[slotAddress(item), (item.cents / 100).toFixed(2)]]);
  });

  test("a total that is itself wrong is still the one blamed", () => {
    const wb = budgetThreePublicWorkbook(5, base);
    const total = wb.amounts.find((a) => a.row === "合计")!;
    setBudgetAmount(wb, total, total.cents + 1250);
    const found = errors(analyzeWorkbook(toSnapshotOf(wb.draft)).findings);
    expect(found.map((f) => [`${f.sheet}!${f.cell}`, f.expected])).toEqual([[slotAddress(total), (total.cents / 100).toFixed(2)]]);
  });
});

describe("through the CLI", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(tmpdir(), "shapes-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("a merged-header 支出决算表 with a wrong amount exits 1 with the error at its cell (no longer “没有任何数据”, exit 0)", async () => {
    const wb = generateWorkbook({ seed: 11, layout: { mergedAmounts: ["J03"], mergedBody: false } });
    const slot = new Prng(11).pick(wb.amounts.filter((a) => a.table === "J03" && a.column === "基本支出" && a.cents > 0));
    setAmount(wb, slot, slot.cents + 6300);
    const file = path.join(folder, "合并表头.xlsx");
    writeFileSync(file, await toXlsx(wb));
    const run = await runCheck([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${slot.sheet}!${cellAddress(slot.r, slot.c)}`);
    expect(run.stdout).not.toContain("没有任何数据");
  }, 30_000);

  test("the culprit by confirmation reaches the report: the item with its value, or the items to check without one", async () => {
    const wb = generateWorkbook({ seed: 1, randomize: false });
    const carry = wb.amounts.find((a) => a.table === "J01" && a.row === "年初结转和结余")!;
    const item = wb.amounts.find((a) => a.table === "J06" && a.row === "30102" && a.cents > 0)!;
    setAmount(wb, carry, carry.cents + 1250);
    setAmount(wb, item, item.cents + 1250);
    const file = path.join(folder, "印证.xlsx");
    writeFileSync(file, await toXlsx(wb));
    const run = await runCheck([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${carry.sheet}!${cellAddress(carry.r, carry.c)}`);
    expect(run.stdout).toContain(`应为 ${(carry.cents / 100).toFixed(2)}`);
    expect(run.stdout).toMatch(/工资福利支出 已由另一核对印证（[^）]+），差额 12\.50 应出在未经印证的 [^\n]*30102 津贴补贴[^\n]*请逐项核对/);
  }, 30_000);

  test("a copied sheet and a hidden sheet are named in the report", async () => {
    const wb = generateWorkbook({ seed: 12, layout: { copiedSheet: true, hidden: "sheet", arrangement: "sheet-per-table" } });
    const file = path.join(folder, "副本.xlsx");
    writeFileSync(file, await toXlsx(wb));
    const run = await runCheck([file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("《支出决算表》有 2 份");
    expect(run.stdout).toContain("整张表（工作表“公开07表”隐藏）");
  }, 30_000);
});
