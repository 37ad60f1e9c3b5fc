/**
 * The contract every WorkbookHost keeps, run against each host (file, Office.js mock, WPS fake) by its own spec, so a
 * new host cannot drift from the others. Each spec opens the 沾益 final-accounts fixture in its host and says how to
 * look at the result (which cells carry a mark, their note, the selection).
 */
import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/findings/finding";
import type { CellSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { NARRATIVE_SHEET, type WorkbookHost } from "../../../src/hosts/host";
import { MARK_FILL } from "../../../src/hosts/marks/cell-marks";
import { readFixture } from "../../support/fixtures";

export const CONTRACT_FIXTURE = "final-2023-zhanyi.xlsx";

/** What a test can see of the workbook behind a host, besides the host itself. */
export interface HostLook {
  /** RGB hex of the cell's fill when it has one ("FFC7CE"), else undefined. */
  fill(sheet: string, cell: string): string | undefined;
  /** The note/comment on the cell, if any. */
  note(sheet: string, cell: string): string | undefined;
  selection(): { sheet: string; cell: string } | undefined;
}

export interface OpenedHost {
  host: WorkbookHost;
  look: HostLook;
}

/**
 * A snapshot as every host can give it: number formats on numbers only (the formats the engine reads; the WPS host
 * reads no others) and merged areas in reading order.
 */
export function comparableSnapshot(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const strip = (cell: CellSnapshot | undefined): CellSnapshot | undefined => {
    if (!cell || typeof cell.value === "number" || cell.numberFormat === undefined) return cell;
    const { numberFormat: _dropped, ...rest } = cell;
    return rest;
  };
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((line) => Array.from(line, strip)),
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    })),
  };
}

const D11_ERROR = (f: Finding) => f.sheet === "公开03表" && f.cell === "D11" && f.severity === "error";

export function describeHostContract(name: string, open: () => Promise<OpenedHost>): void {
  describe(`${name} keeps the WorkbookHost contract`, () => {
    let expected: WorkbookSnapshot;
    let findings: Finding[];
    beforeAll(async () => {
      expected = await readFixture(CONTRACT_FIXTURE);
      findings = analyzeWorkbook(expected).findings;
    });

    it("reads the fixture as the xlsx reader does", async () => {
      const { host } = await open();
      const progress: number[] = [];
      const snapshot = await host.readSnapshot((done, total) => progress.push(done / total));
      expect(comparableSnapshot(snapshot)).toEqual(comparableSnapshot(expected));
      expect(progress[progress.length - 1]).toBe(1);
    });

    it("marks every located finding with its severity's fill and a note, changing no value, and clears them all", async () => {
      const { host, look } = await open();
      expect(findings.some(D11_ERROR)).toBe(true); // 卫生健康支出 基本支出 465.22 → 402.22
      await host.applyMarks(findings);
      expect(look.fill("公开03表", "D11")).toBe(MARK_FILL.error);
      expect(look.note("公开03表", "D11")).toContain("402.22");
      for (const f of findings.filter((x) => x.sheet && x.cell))
        expect([f.sheet, f.cell, look.fill(f.sheet, f.cell)]).toEqual([f.sheet, f.cell, expect.stringMatching(/^(FFC7CE|FFEB9C|DDEBF7)$/)]);
      expect(comparableSnapshot(await host.readSnapshot())).toEqual(comparableSnapshot(expected));

      await host.clearMarks();
      for (const f of findings.filter((x) => x.sheet && x.cell)) {
        expect([f.sheet, f.cell, look.fill(f.sheet, f.cell), look.note(f.sheet, f.cell)]).toEqual([f.sheet, f.cell, undefined, undefined]);
      }
    });

    it("replaces the marks of one check by those of the next", async () => {
      const { host, look } = await open();
      await host.applyMarks(findings.filter(D11_ERROR));
      const next: Finding = { rule: "T.sum", kind: "rounding", severity: "warning", sheet: "公开03表", cell: "E12", related: [], message: "尾差 0.01" };
      await host.applyMarks([next]);
      expect(look.fill("公开03表", "D11")).toBeUndefined();
      expect(look.fill("公开03表", "E12")).toBe(MARK_FILL.warning);
      expect(look.note("公开03表", "E12")).toBe("预决算公开助手：\n尾差 0.01");
    });

    it("selects a cell", async () => {
      const { host, look } = await open();
      await host.select("公开03表", "D11");
      expect(look.selection()).toEqual({ sheet: "公开03表", cell: "D11" });
    });

    it("inserts the text once, refuses to overwrite unless asked", async () => {
      const { host } = await open();
      expect(await host.insertText(["一、收入支出决算总体情况", "二、收入决算情况"], { overwrite: false })).toEqual({
        written: true,
        sheet: NARRATIVE_SHEET,
        range: "A1:A2",
      });
      expect(await host.insertText(["另一段"], { overwrite: false })).toEqual({ written: false, reason: "occupied", sheet: NARRATIVE_SHEET });
      expect(await host.insertText(["另一段"], { overwrite: true })).toMatchObject({ written: true, range: "A1:A1" });
    });

    it("keeps state by key, long Chinese values included", async () => {
      const { host } = await open();
      const prior = JSON.stringify(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`上年支出项目${i}`, `${1946 + i}.77`])));
      await host.saveState("priorYear", prior);
      await host.saveState("settings", '{"roundingMode":"strict"}');
      await host.saveState("settings", "{}");
      expect(await host.loadState("priorYear")).toBe(prior);
      expect(await host.loadState("settings")).toBe("{}");
      expect(await host.loadState("never-saved")).toBeUndefined();
    });
  });
}
