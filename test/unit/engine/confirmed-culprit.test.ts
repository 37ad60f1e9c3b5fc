import { analyzeWorkbook } from "../../../src/core/analysis";
import { headlineOf } from "../../../src/core/findings/headline";
import { cellAddress, qualifiedAddress } from "../../../src/core/snapshot/address";
import { generateWorkbook, setAmount, toSnapshot, type AmountSlot, type GeneratedWorkbook } from "../../support/generate-workbook";
import { brief, errors } from "./finding-helpers";

/**
 * The right culprit by confirmation: when a sum fails, the equations that hold tell which cell is wrong. A total that
 * agrees with an independent equation (收入总计 = 支出总计, the 类 above it adding up, 人员经费合计 = 301 + 303) is not
 * the one to change; when every other cell of the failed equation is confirmed, the one left is the culprit, with its
 * corrected value; when several items are left, the finding names them and tells no corrected value for the total.
 * Planted amounts go up (+12.50), so an item printed blank cannot be the culprit (it would have to be negative).
 */

const SEEDS = [1, 2, 3, 4, 5, 6];
const DELTA = 1250;

function fresh(seed: number): GeneratedWorkbook {
  return generateWorkbook({ seed, randomize: false });
}

const at = (slot: AmountSlot) => `${slot.sheet}!${cellAddress(slot.r, slot.c)}`;
const printed = (slot: AmountSlot) => ((slot.yuan ? slot.cents * 100 : slot.cents) / 100).toFixed(2);

function plant(seed: number, pick: (a: AmountSlot) => boolean) {
  const wb = fresh(seed);
  const slot = wb.amounts.find((a) => a.checked && pick(a));
  if (!slot) return undefined;
  setAmount(wb, slot, slot.cents + DELTA);
  const found = errors(analyzeWorkbook(toSnapshot(wb)).findings);
  return { wb, slot, found };
}

describe("a total confirmed elsewhere: the finding goes to the item", () => {
  /**
   * 收入总计 = 本年收入合计 + 使用专用结余 + 年初结转和结余: the first two agree with 支出总计 and with the items; of the
   * other two, a 使用专用结余 printed below 12.50 cannot be 12.50 lower, so 年初结转和结余 is the culprit. With an amount printed
   * there, either could be: both are named and no corrected value is told.
   */
  test.each(
    SEEDS.flatMap((seed) => [
      [seed, "年初结转和结余", "使用专用结余"],
      [seed, "年末结转和结余", "结余分配"],
    ]),
  )("seed %i: %s of the 收入支出决算总表 (the totals agree with each other and with their items)", (seed, row, other) => {
    const run = plant(seed, (a) => a.table === "J01" && a.row === row)!;
    const sibling = run.wb.amounts.find((a) => a.table === "J01" && a.row === other)!;
    if (sibling.cents < DELTA) {
      expect(run.found.map((f) => [`${f.sheet}!${f.cell}`, f.expected])).toEqual([[at(run.slot), printed(run.slot)]]);
      expect(run.found[0].message).toContain(`${row} 金额 ${((run.slot.cents + DELTA) / 100).toFixed(2)} 应为 ${printed(run.slot)}`);
      expect(run.found[0].message).toContain("收入总计 = 支出总计");
    } else {
      expect(run.found.map((f) => f.expected)).toEqual([undefined]);
      expect(headlineOf(run.found[0])).toMatch(new RegExp(`请核对 .*${row}`));
      expect(headlineOf(run.found[0])).toMatch(/请核对 [^、]+、[^、]+$/);
    }
  });

  test.each(SEEDS)("seed %i: every 项 line alone under its 款, in every column of the 财政拨款 支出 tables (the 类 confirms the 款)", (seed) => {
    const wb = fresh(seed);
    const onlyChildren = wb.amounts.filter((a) => {
      if (!a.checked || !["J05", "J08"].includes(a.table) || a.row.length !== 7 || a.cents === 0) return false;
      const siblings = new Set(
        wb.amounts.filter((b) => b.table === a.table && b.unit === a.unit && b.row.length === 7 && b.row.startsWith(a.row.slice(0, 5))).map((b) => b.row),
      );
      return siblings.size === 1;
    });
    const misses: string[] = [];
    for (const target of onlyChildren.slice(0, 12)) {
      const run = plant(seed, (a) => a.table === target.table && a.row === target.row && a.column === target.column)!;
      const hit = run.found.find((f) => `${f.sheet}!${f.cell}` === at(run.slot));
      if (hit?.expected !== printed(run.slot)) misses.push(`${target.table} ${target.row}/${target.column}: ${run.found.map(brief).join(" | ")}`);
    }
    expect(misses).toEqual([]);
  });
});

describe("a total confirmed elsewhere with several items open: no corrected value for the total", () => {
  test.each(SEEDS)("seed %i: a 款 of 基本支出决算表 (301/303 confirmed by 人员经费合计): the items to check are named", (seed) => {
    const wb = fresh(seed);
    const items = wb.amounts.filter((a) => a.table === "J06" && a.checked && /^30[13]\d\d$/.test(a.row) && a.cents > 0);
    for (const item of items.slice(0, 4)) {
      const run = plant(seed, (a) => a.table === item.table && a.row === item.row && a.column === item.column)!;
      const classCell = wb.amounts.find((a) => a.table === "J06" && a.row === item.row.slice(0, 3) && a.column === item.column)!;
      const atClass = run.found.filter((f) => `${f.sheet}!${f.cell}` === at(classCell));
      // never “301 应为 …”: the class agrees with 人员经费合计 = 工资福利支出 + 对个人和家庭的补助
      expect({ item: item.row, expected: atClass.map((f) => f.expected) }).toEqual({ item: item.row, expected: atClass.map(() => undefined) });
      const named = run.found.filter(
        (f) => f.related.includes(qualifiedAddress(run.slot.sheet, run.slot.r, run.slot.c)) || `${f.sheet}!${f.cell}` === at(run.slot),
      );
      expect(named.length).toBeGreaterThan(0);
      if (atClass.length > 0) expect(headlineOf(atClass[0])).toContain(item.row);
    }
  });

  test("the same 年初结转和结余 planted down: the blank 使用非财政拨款结余 could hold the difference, so both are named", () => {
    const wb = fresh(1);
    const slot = wb.amounts.find((a) => a.table === "J01" && a.row === "年初结转和结余")!;
    setAmount(wb, slot, slot.cents - DELTA);
    const found = errors(analyzeWorkbook(toSnapshot(wb)).findings);
    expect(found).toHaveLength(1);
    expect(found[0].expected).toBeUndefined();
    expect(headlineOf(found[0])).toMatch(/请核对 .*年初结转和结余/);
  });
});

describe("correct tables", () => {
  test.each(SEEDS)("seed %i: no error", (seed) => {
    expect(errors(analyzeWorkbook(toSnapshot(fresh(seed))).findings).map(brief)).toEqual([]);
  });
});
