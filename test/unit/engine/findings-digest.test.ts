import { createHash } from "crypto";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { Prng } from "../../support/prng";
import { generateWorkbook, setAmount, toSnapshot, type GeneratedWorkbook } from "../../support/generate-workbook";

/**
 * Speed work must not change a single result. A county 汇总 of ~100k cells (the benchmark's own layout, and a
 * second one drawn at random) with planted changes — amounts off by more than rounding and one-cent tails — is
 * checked, and everything the engine says is hashed: every field of every finding, the tables, the values of every
 * table model and the 审核 list. The digests were taken on the engine before the speed work (main 3ddcd17), and
 * taken again when main's 审核 list gained its 尾差 counts (main 301579c alone gives the same digests as with the work),
 * and when the 审核 list's wording of the text rule N.digits changed (findings and their tally unchanged), and when the
 * 审核 list gained the text rule N.unit (a unit slip; findings and their tally unchanged), and when the text rule N.flat
 * left the 审核 list and N.tableSum joined it (2026-12-07; findings, tables and their tally unchanged), and when the title of
 * the text rule N.shareSum came to cover a complete split's shares below 100% too (f30; findings, tables and their tally unchanged).
 *
 * When a change is meant to alter results (new wording, another culprit), the counts printed on failure say what
 * moved; re-pin the digest only after reading the findings that changed.
 */

interface Case {
  name: string;
  workbook: () => GeneratedWorkbook;
  plants: number;
  findings: number;
  digest: string;
  /** Findings by severity and rule, to say what moved when the digest differs. */
  tally: Record<string, number>;
}

const CASES: Case[] = [
  {
    name: "benchmark layout, 88 units",
    workbook: () => generateWorkbook({ seed: 2023, units: 88, randomize: false, layout: { arrangement: "sheet-per-table" } }),
    plants: 60,
    findings: 88,
    digest: "28f9aafa40d544d6703616ff48dae2810f88b7b387b2a203f92f2729d3080374",
    tally: {
      "error X.J03-J01.class": 1,
      "error X.J01-J03.class": 1,
      "error J01.expense": 1,
      "error J01.expense-total": 1,
      "error J02.row": 3,
      "error J02.tree": 3,
      "error J03.row": 7,
      "error J03.tree": 3,
      "error J04.row": 3,
      "error J04.expense": 1,
      "error J05.tree": 7,
      "error J05.row": 2,
      "error J05.income": 2,
      "error J05.basic": 4,
      "error J05.carry": 1,
      "error J06.tree": 3,
      "error J07.total": 1,
      "error J08.tree": 1,
      "warning J02.tree": 4,
      "warning J02.row": 7,
      "warning J03.tree": 5,
      "warning J03.row": 6,
      "warning X.J04-J05": 1,
      "warning J04.row": 1,
      "warning J04.expense": 1,
      "warning J05.row": 2,
      "warning J05.carry": 1,
      "warning J05.tree": 7,
      "warning J05.basic": 1,
      "warning J05.income": 1,
      "warning J06.tree": 2,
      "warning J07.total": 2,
      "warning J07.reception": 1,
      "warning J07.car": 1,
    },
  },
  {
    name: "random layout, 30 units on one sheet",
    workbook: () => generateWorkbook({ seed: 41, units: 30, layout: { arrangement: "one-sheet" } }),
    plants: 40,
    findings: 56,
    digest: "caf6ca74562a29eb4f4e3fb2bed4ac0035bc32d13834ec06159c665d6f03bc11",
    tally: {
      "error J01.expense": 3,
      "error J08.tree": 3,
      "error J02.tree": 1,
      "error J02.row": 3,
      "error J08.row": 1,
      "error J01.income": 2,
      "error J03.tree": 2,
      "error J03.row": 3,
      "error J04.row": 5,
      "error J06.tree": 2,
      "error J07.total": 1,
      "warning J08.tree": 3,
      "warning J08.row": 1,
      "warning J06.tree": 4,
      "warning J05.tree": 4,
      "warning J05.basic": 2,
      "warning J02.row": 2,
      "warning J03.row": 5,
      "warning J09.row": 1,
      "warning J09.tree": 1,
      "warning J02.tree": 1,
      "warning J06.personnel": 1,
      "warning J04.expense": 1,
      "warning J03.tree": 3,
      "warning J05.row": 1,
    },
  },
];

/** Half of the plants move an amount by more than rounding, half by one cent (a tail). */
function plant(wb: GeneratedWorkbook, count: number, seed: number): void {
  const rng = new Prng(seed);
  const checked = wb.amounts.filter((a) => a.checked);
  for (let i = 0; i < count; i++) {
    const slot = rng.pick(checked);
    const delta = i % 2 === 0 ? rng.pick([37, -123, 1250, -4567, 10000]) : rng.pick([1, -1]);
    setAmount(wb, slot, slot.cents + delta);
  }
}

function digestOf(result: AnalysisResult): string {
  const models = result.models.map((t) => ({
    kind: t.kind.id,
    title: t.title,
    sheet: t.sheet,
    range: t.range,
    unit: t.unit,
    department: t.department,
    columns: t.columns,
    rows: t.rows.map((r) => ({
      key: r.key,
      name: r.name,
      level: r.level,
      parent: r.parent,
      total: r.total,
      row: r.row,
      cells: [...r.cells].map(([key, c]) => [key, c.address, c.value.toString(), c.unit.toString(), c.blank]),
    })),
  }));
  const checks = result.checks.map((g) => JSON.stringify(g));
  const text = JSON.stringify({ findings: result.findings, tables: result.tables, unrecognized: result.unrecognized, models, checks });
  return createHash("sha256").update(text).digest("hex");
}

function tally(result: AnalysisResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of result.findings) counts[`${f.severity} ${f.rule}`] = (counts[`${f.severity} ${f.rule}`] ?? 0) + 1;
  return counts;
}

describe("findings pinned on generated ~100k-cell workbooks", () => {
  test.each(CASES.map((c, i) => [c.name, c, i] as const))(
    "%s: the same findings, tables and values as before",
    (_name, c, i) => {
      const wb = c.workbook();
      plant(wb, c.plants, 7919 * (i + 1));
      const result = analyzeWorkbook(toSnapshot(wb));
      const seen = { findings: result.findings.length, digest: digestOf(result), tally: tally(result) };
      expect(seen).toEqual({ findings: c.findings, digest: c.digest, tally: c.tally });
    },
    120_000,
  );
});
