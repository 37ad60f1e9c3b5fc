import { analyzeWorkbook } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { cellAddress } from "../../../src/core/snapshot/address";
import { Prng } from "../../support/prng";
import { generateWorkbook, setAmount, toSnapshot, toXlsx, type LayoutOptions } from "../../support/generate-workbook";
import { brief, errors, involves } from "./finding-helpers";

/**
 * Property tests over generated, exactly consistent 决算 sets: a clean set gives no finding at all; one changed
 * amount gives an error that points at it; a one-cent tail gives a rounding warning and never an error.
 */

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const CODE_STYLES: LayoutOptions["codeStyle"][] = ["column", "split", "joined"];
const ARRANGEMENTS: LayoutOptions["arrangement"][] = ["sheet-per-table", "one-sheet", "sheet-per-unit"];
const NINE_KINDS = [
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算表",
  "财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "国有资本经营预算财政拨款收入支出决算表",
];

/** Every seed draws its layout at random, but code style, arrangement, 行次, T6 groups and T1 layout cycle so all occur. */
function layoutFor(seed: number): Partial<LayoutOptions> {
  return {
    codeStyle: CODE_STYLES[seed % 3],
    arrangement: ARRANGEMENTS[Math.floor(seed / 3) % 3],
    lineNumbers: seed % 2 === 0,
    t6Groups: ([1, 2, 3] as const)[Math.floor(seed / 2) % 3],
    t1Layout: (["sides", "stacked"] as const)[Math.floor(seed / 6) % 2],
  };
}

/** Every fifth seed is a county 汇总 of 2–4 units. */
const unitsFor = (seed: number) => (seed % 5 === 0 ? 2 + (seed % 3) : 1);

function generate(seed: number, extra: Partial<LayoutOptions> = {}) {
  return generateWorkbook({ seed, units: unitsFor(seed), layout: { ...layoutFor(seed), ...extra } });
}

describe("generated consistent 决算 sets", () => {
  test.each(SEEDS)("seed %i: recognised as nine tables per unit, no finding at all", (seed) => {
    const wb = generate(seed);
    const result = analyzeWorkbook(toSnapshot(wb));
    expect(result.findings.map(brief)).toEqual([]);
    expect(result.unrecognized).toEqual([]);
    const expected = wb.units.flatMap(() => NINE_KINDS).sort();
    expect(result.tables.map((t) => t.kind).sort()).toEqual(expected);
    for (const t of result.models) expect(t.unit).toBe(wb.layout.yuanTables.includes(t.kind.id as never) ? "元" : "万元");
    expect(new Set(result.models.map((t) => t.department)).size).toBe(wb.units.length);
  });

  test.each(SEEDS)("seed %i: one changed amount gives an error involving that cell", (seed) => {
    const wb = generate(seed);
    const rng = new Prng(seed * 7919);
    const slot = rng.pick(wb.amounts.filter((a) => a.checked));
    const delta = rng.pick([37, -37, 123, -123, 1250, -4567, 10000]);
    setAmount(wb, slot, slot.cents + delta);
    const found = errors(analyzeWorkbook(toSnapshot(wb)).findings);
    const where = `${slot.table} ${slot.row}/${slot.column} at ${slot.sheet}!${cellAddress(slot.r, slot.c)} ${slot.cents}→${slot.cents + delta}`;
    expect({ where, hit: found.some((f) => involves(f, slot)), found: found.map(brief) }).toMatchObject({ where, hit: true });
  });

  test.each(SEEDS)("seed %i: a total off by one unit (0.01) gives a rounding warning, never an error", (seed) => {
    const wb = generate(seed, { yuanTables: [] });
    const rng = new Prng(seed * 104729);
    const slot = rng.pick(wb.amounts.filter((a) => a.checked && a.parts >= 2));
    setAmount(wb, slot, slot.cents + rng.pick([1, -1]));
    const findings = analyzeWorkbook(toSnapshot(wb)).findings;
    expect(errors(findings).map(brief)).toEqual([]);
    const tails = findings.filter((f) => f.kind === "rounding");
    expect(tails.length).toBeGreaterThan(0);
    expect(tails.every((f) => f.severity === "warning")).toBe(true);
    expect(tails.some((f) => involves(f, slot))).toBe(true);
  });
});

describe("generated sets through real .xlsx bytes", () => {
  test.each([3, 8, 14, 25])(
    "seed %i: written by exceljs, read back, still clean; a changed cell is found",
    async (seed) => {
      const wb = generate(seed);
      const clean = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "clean.xlsx"));
      expect(clean.findings.map(brief)).toEqual([]);
      expect(clean.tables).toHaveLength(9 * wb.units.length);
      const slot = new Prng(seed).pick(wb.amounts.filter((a) => a.checked && a.cents > 0));
      setAmount(wb, slot, slot.cents + 37);
      const changed = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "changed.xlsx"));
      expect(errors(changed.findings).some((f) => involves(f, slot))).toBe(true);
    },
    30_000,
  );
});
