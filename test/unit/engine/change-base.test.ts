import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { Prng } from "../../support/prng";
import { brief, errors } from "./finding-helpers";
import {
  budgetThreePublicWorkbook,
  randomBudgetShape,
  randomFinalShape,
  setBudgetAmount,
  slotAddress,
  type BudgetThreePublicShape,
  type ChangeShape,
} from "../../support/budget-three-public";
import { draftToSnapshot, type DraftCell } from "../../support/workbook-draft";

/**
 * A 三公 table printing two last-year columns (上年预算数 | 上年执行数, or 上年预算数 | 上年决算数) and a change: the change
 * is weighed against the column its head names (“比上年预算增减”, “较上年执行数增减”), and against neither when the
 * head names none — never against a column the printed change does not come from.
 */

const SEEDS = [201, 202, 203, 204, 205, 206];

const kinds = [
  { id: "Y09", rule: "Y09.change", shape: (seed: number) => randomBudgetShape(new Prng(seed * 43)), actualWord: "执行数" },
  { id: "J07", rule: "J07.change", shape: (seed: number) => randomFinalShape(new Prng(seed * 47)), actualWord: "决算数" },
] as const;

/**
 * The shape without 机关运行经费: a line of this year's amount alone under a change column is weighed as a change of
 * the whole amount (红河's empty 因公出国 增加额 is found that way), which this generator's 机关运行经费 line is not.
 */
function analyse(shape: BudgetThreePublicShape, seed: number): { result: AnalysisResult; wb: ReturnType<typeof budgetThreePublicWorkbook> } {
  const wb = budgetThreePublicWorkbook(seed, { ...shape, running: false });
  return { result: analyzeWorkbook(draftToSnapshot(wb.draft)), wb };
}

/** How many lines a rule weighed (the 审核 list's places). */
function places(result: AnalysisResult, rule: string): number {
  return result.checks.flatMap((c) => c.lines).reduce((n, l) => (l.id === rule ? n + (l.places ?? 0) : n), 0);
}

describe.each(kinds)("$id with 上年预算数 and 上年$actualWord", ({ id, rule, shape, actualWord }) => {
  const named: ChangeShape[] = [
    { head: "比上年预算增减", names: "budget", from: "budget" },
    { head: `较上年${actualWord}增减`, names: "actual", from: "actual" },
  ];

  describe.each(named)("under “$head”", (change) => {
    test.each(SEEDS)("seed %i: the change worked out from the named column gives no finding, and every line is weighed", (seed) => {
      const { result, wb } = analyse({ ...shape(seed), change }, seed);
      expect({ shape: wb.shape, findings: result.findings.map(brief) }).toEqual({ shape: wb.shape, findings: [] });
      expect(places(result, rule)).toBeGreaterThanOrEqual(5);
      expect(places(result, "table.change-rate")).toBeGreaterThanOrEqual(4);
      const table = result.models.find((m) => m.kind.id === id)!;
      const base = table.columns.find((c) => c.key === "上年数")!;
      expect(base.header).toBe(change.names === "budget" ? "上年预算数" : `上年${actualWord}`);
    });

    test.each(SEEDS)("seed %i: one changed 增减额 is an error at that cell", (seed) => {
      const wb = budgetThreePublicWorkbook(seed, { ...shape(seed), change, running: false });
      const slot = new Prng(seed).pick(wb.amounts.filter((a) => a.table === id && a.column === "增减额"));
      setBudgetAmount(wb, slot, slot.cents + 1250);
      const found = errors(analyzeWorkbook(draftToSnapshot(wb.draft)).findings);
      expect(found.map((f) => `${f.sheet}!${f.cell}`)).toContain(slotAddress(slot));
    });

    test.each(SEEDS)("seed %i: one line's change worked out from the other last-year column is an error there, with the named column's change", (seed) => {
      const wb = budgetThreePublicWorkbook(seed, { ...shape(seed), change, running: false });
      const ofRow = (row: string, column: string) => wb.amounts.find((a) => a.table === id && a.row === row && a.column === column)!.cents;
      const otherColumn = change.names === "budget" ? `上年${actualWord}` : "上年预算数";
      const thisYear = id === "Y09" ? "预算数" : "决算数";
      const slot = wb.amounts.find((a) => a.table === id && a.column === "增减额" && ofRow(a.row, "上年数") !== ofRow(a.row, otherColumn))!;
      setBudgetAmount(wb, slot, ofRow(slot.row, thisYear) - ofRow(slot.row, otherColumn));
      const found = errors(analyzeWorkbook(draftToSnapshot(wb.draft)).findings);
      const expected = ((ofRow(slot.row, thisYear) - ofRow(slot.row, "上年数")) / (slot.yuan ? 1 : 100)).toFixed(2);
      const at = found.find((f) => `${f.sheet}!${f.cell}` === slotAddress(slot));
      expect({ at: at?.cell, expected: at?.expected?.replace(/,/g, "") }).toEqual({
        at: slotAddress(slot).split("!")[1],
        expected: slot.yuan ? (Number(expected) * 100).toFixed(2) : expected,
      });
      // the rate beside it follows from the amounts: the change is the slip, the rate is not blamed
      expect(found.filter((f) => f.rule === "table.change-rate").map((f) => f.cell)).toEqual([]);
    });
  });

  describe("under a head that names neither (“比上年增减”)", () => {
    test.each(SEEDS.flatMap((seed) => (["budget", "actual"] as const).map((from) => [seed, from] as const)))(
      "seed %i, worked out from the %s column: no finding and the change is not weighed",
      (seed, from) => {
        const { result, wb } = analyse({ ...shape(seed), change: { head: "比上年增减", from } }, seed);
        expect({ shape: wb.shape, findings: result.findings.filter((f) => f.rule === rule || f.rule === "table.change-rate").map(brief) }).toEqual({
          shape: wb.shape,
          findings: [],
        });
        expect(places(result, rule)).toBe(0);
        expect(places(result, "table.change-rate")).toBe(0);
      },
    );
  });
});

test("a head naming a column the table does not print (“比上年决算增减” beside 上年预算数 and 上年执行数) is not weighed", () => {
  const { result } = analyse({ ...kinds[0].shape(201), change: { head: "比上年决算增减", from: "budget" } }, 201);
  expect(places(result, "Y09.change")).toBe(0);
  expect(result.findings.filter((f) => f.rule === "Y09.change" || f.rule === "table.change-rate").map(brief)).toEqual([]);
});

describe("heads that carry the years (“2016年预算数 | 2016年执行数 | 2017年预算数 | 2017年预算比2016年预算增减”)", () => {
  const cell = (v: string | number | undefined): DraftCell | undefined =>
    v === undefined ? undefined : typeof v === "number" ? { value: v, numberFormat: "0.00" } : { value: v };
  const table = (abroadChange: number) =>
    analyzeWorkbook(
      draftToSnapshot({
        name: "t.xlsx",
        sheets: [
          {
            name: "Sheet1",
            rows: [
              ["2017年“三公”经费预算表"],
              ["项目", "2016年预算数", "2016年执行数", "2017年预算数", "2017年预算比2016年预算增减"],
              [undefined, undefined, undefined, undefined, "增减额"],
              ["合计", 30, 25, 27, -3],
              ["1.因公出国(境)费", 10, 5, 9, abroadChange],
              ["2.公务接待费", 10, 10, 9, -1],
              ["3.公务用车购置及运行费", 10, 10, 9, -1],
            ].map((r) => r.map(cell)),
            merges: [0, 1, 2, 3].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
          },
        ],
      }),
    );

  test("the change is taken from the year before's 预算数, the column the head names: every line weighed, no finding", () => {
    const result = table(-1);
    expect(result.models.map((m) => [m.kind.id, m.columns.map((c) => c.key)])).toEqual([["Y09", ["上年数", "执行数", "预算数", "增减额"]]]);
    expect(places(result, "Y09.change")).toBe(4);
    expect(result.findings.map(brief)).toEqual([]);
  });

  test("a line whose change is taken from the 执行数 instead (9 − 5 = 4) is an error there, 应为 −1.00", () => {
    const errors = table(4).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.cell, f.expected])).toEqual([["E5", "-1.00"]]);
  });
});
