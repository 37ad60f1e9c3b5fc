import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding, Severity } from "../../../src/core/findings/finding";
import { cellAddress } from "../../../src/core/snapshot/address";
import { bgrOf } from "../../../src/hosts/wps/cell-fills";
import { isOurNote } from "../../../src/hosts/wps/marks";
import { annotationHash } from "../../../src/hosts/marks/mark-plan";
import { FakeWpsWorkbook, type FakeCell } from "./fake-wps";
import { fixtureInWps, wpsHost } from "./wps-harness";

const RED = bgrOf("FFC7CE");
const AMBER = bgrOf("FFEB9C");
const BLUE = bgrOf("DDEBF7");

function finding(sheet: string, cell: string, severity: Severity = "error", message = "合计不等"): Finding {
  return { rule: "T.sum", kind: "sum", severity, sheet, cell, related: [], message };
}

/** A 40 × 20 table of amounts with a patterned fill, a theme-tinted fill, a bold red font and one user comment. */
function workbook(): FakeWpsWorkbook {
  const wb = new FakeWpsWorkbook("决算.xlsx");
  for (let r = 0; r < 40; r++) for (let c = 0; c < 20; c++) wb.setCell("支出决算表", cellAddress(r, c), { value: r * 100 + c + 0.25, numberFormat: "0.00" });
  const styled = wb.cell("支出决算表", "B2")!;
  styled.interior = { Color: 0x50b000, Pattern: 1, PatternColor: 0, TintAndShade: 0, PatternTintAndShade: 0 };
  styled.font = { name: "仿宋", color: 0x0000ff, bold: true };
  wb.cell("支出决算表", "C3")!.interior = { Color: 0x00ffff, Pattern: 17, PatternColor: 0xff0000, TintAndShade: 0.4, PatternTintAndShade: -0.2 };
  wb.cell("支出决算表", "D4")!.comment = "会计：本行已核对";
  wb.setCell("其他", "A1", { value: "说明" });
  return wb;
}

function everyCell(wb: FakeWpsWorkbook): Record<string, FakeCell> {
  return Object.fromEntries(wb.sheets.flatMap((s) => [...s.cells].map(([k, cell]) => [`${s.name}#${k}`, structuredClone(cell)])));
}

describe("WpsWorkbookHost marks", () => {
  it("mark → clear leaves every value, fill, font and comment exactly as before", async () => {
    const wb = workbook();
    const before = everyCell(wb);
    const host = wpsHost(wb);
    await host.applyMarks([
      finding("支出决算表", "B2", "error", "基本支出应为 402.22"),
      finding("支出决算表", "C3", "warning"),
      finding("支出决算表", "D4", "info"),
      finding("支出决算表", "E9"),
    ]);

    expect(wb.cell("支出决算表", "B2")!.interior).toMatchObject({ Color: RED, Pattern: 1 });
    expect(wb.cell("支出决算表", "C3")!.interior).toMatchObject({ Color: AMBER, Pattern: 1, TintAndShade: 0 });
    expect(wb.cell("支出决算表", "D4")!.interior).toMatchObject({ Color: BLUE, Pattern: 1 });
    expect(wb.cell("支出决算表", "B2")!.value).toBe(101.25);
    expect(wb.cell("支出决算表", "B2")!.font).toEqual({ name: "仿宋", color: 0x0000ff, bold: true });
    expect(wb.cell("支出决算表", "B2")!.comment).toBe("预决算公开助手：\n基本支出应为 402.22");
    expect(wb.cell("支出决算表", "D4")!.comment).toBe("会计：本行已核对"); // the user's comment is kept
    expect(wb.screenUpdating).toBe(true);

    await host.clearMarks();
    const after = everyCell(wb);
    for (const [k, cell] of Object.entries(before)) expect([k, after[k]]).toEqual([k, cell]);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    expect(wb.properties).toEqual([]); // no record left once nothing is marked
  });

  it("clears in a new session (new host, same workbook) and marking again first restores the previous marks", async () => {
    const wb = workbook();
    const before = everyCell(wb);
    await wpsHost(wb).applyMarks([finding("支出决算表", "B2"), finding("支出决算表", "F7", "warning")]);
    // A second check: B2 still wrong (now a rounding tail), F7 fixed, G8 new.
    await wpsHost(wb).applyMarks([finding("支出决算表", "B2", "warning", "尾差"), finding("支出决算表", "G8")]);
    expect(wb.cell("支出决算表", "F7")).toEqual(before["支出决算表#" + key(6, 5)]);
    expect(wb.cell("支出决算表", "B2")!.interior.Color).toBe(AMBER);
    expect(wb.cell("支出决算表", "B2")!.comment).toBe("预决算公开助手：\n尾差");
    expect(wb.cell("支出决算表", "G8")!.comment).toBe("预决算公开助手：\n合计不等");

    await wpsHost(wb).clearMarks(); // reopened: nothing kept in memory, only the workbook
    expect(everyCell(wb)).toEqual(before);
  });

  it("uses a fixed number of calls per marked cell, whatever the size of the workbook", async () => {
    const perCell: number[] = [];
    for (const n of [10, 200]) {
      const wb = workbook();
      wb.resetCalls();
      await wpsHost(wb).applyMarks(Array.from({ length: n }, (_, i) => finding("支出决算表", cellAddress(10 + Math.floor(i / 20), i % 20))));
      const propertyCalls = [...wb.calls].filter(([m]) => m.startsWith("DocumentPropert")).reduce((a, [, v]) => a + v, 0);
      perCell.push((wb.totalCalls - propertyCalls) / n);
    }
    expect(perCell[1]).toBeLessThanOrEqual(perCell[0]);
    expect(perCell[1]).toBeLessThan(25);
  });

  it("keeps a record longer than one document property holds, in pieces", async () => {
    const wb = workbook();
    const findings = Array.from({ length: 300 }, (_, i) => finding("支出决算表", cellAddress(Math.floor(i / 20), i % 20)));
    await wpsHost(wb).applyMarks(findings);
    const pieces = wb.properties.filter((p) => p.name.startsWith("disclosure-assistant:marks."));
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) expect(p.value.length).toBeLessThanOrEqual(255);
    await wpsHost(wb).clearMarks();
    expect(wb.cell("支出决算表", "B2")!.interior).toMatchObject({ Color: 0x50b000, Pattern: 1 });
    expect([...wb.sheet("支出决算表")!.cells.values()].filter((c) => c.comment?.startsWith("预决算公开助手"))).toEqual([]);
  });

  it("leaves a comment the user edited after marking, and a gradient fill it cannot put back", async () => {
    const wb = workbook();
    wb.cell("支出决算表", "H9")!.interior = { Color: 0xffffff, Pattern: 4000, PatternColor: 0, TintAndShade: 0, PatternTintAndShade: 0 };
    const host = wpsHost(wb);
    await host.applyMarks([finding("支出决算表", "B2"), finding("支出决算表", "H9")]);
    expect(wb.cell("支出决算表", "H9")!.interior.Pattern).toBe(4000); // comment only
    expect(wb.cell("支出决算表", "H9")!.comment).toBe("预决算公开助手：\n合计不等");
    wb.cell("支出决算表", "B2")!.comment = "已改，待复核";
    await host.clearMarks();
    expect(wb.cell("支出决算表", "B2")!.comment).toBe("已改，待复核");
    expect(wb.cell("支出决算表", "B2")!.interior.Color).toBe(0x50b000);
    expect(wb.cell("支出决算表", "H9")!.comment).toBeUndefined();
  });

  it("recognises its own comment under an author line WPS may add", () => {
    const text = "预决算公开助手：\n合计不等";
    expect(isOurNote(text, annotationHash(text))).toBe(true);
    expect(isOurNote(`张三:\n${text}`, annotationHash(text))).toBe(true);
    expect(isOurNote(`已核对\n${text}`, annotationHash(text))).toBe(false);
  });

  it("marks with fills only where this WPS has no AddComment, and refuses to mark without document properties", async () => {
    const wb = workbook();
    const before = everyCell(wb);
    const fillsOnly = wpsHost(wb, { comments: false });
    await fillsOnly.applyMarks([finding("支出决算表", "E5")]);
    expect(wb.cell("支出决算表", "E5")!.interior.Color).toBe(RED);
    expect(wb.cell("支出决算表", "E5")!.comment).toBeUndefined();
    await fillsOnly.clearMarks();
    expect(everyCell(wb)).toEqual(before);

    await expect(wpsHost(wb, { documentProperties: false }).applyMarks([finding("支出决算表", "E5")])).rejects.toThrow("此版本 WPS 不支持自定义文档属性");
    expect(everyCell(wb)).toEqual(before);
  });

  it("marks the 沾益 fixture's findings without changing a value, and clears them all", async () => {
    const { workbook: wb, expected } = await fixtureInWps("final-2023-zhanyi.xlsx");
    const values = JSON.stringify(wb.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat])));
    const before = everyCell(wb);
    const findings = analyzeWorkbook(expected).findings;
    const located = new Set(findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`));
    const host = wpsHost(wb);
    await host.applyMarks(findings);
    const marked = wb.sheets.flatMap((s) => [...s.cells.values()].filter((c) => [RED, AMBER, BLUE].includes(c.interior.Color)));
    expect(marked.length).toBe(located.size);
    // The seed's known error: 卫生健康支出 基本支出 465.22 should be 402.22 (公开03表!D11).
    expect(wb.cell("公开03表", "D11")!.interior.Color).toBe(RED);
    expect(wb.cell("公开03表", "D11")!.comment).toContain("402.22");
    expect(JSON.stringify(wb.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat])))).toBe(values);
    await host.clearMarks();
    expect(everyCell(wb)).toEqual(before);
  });
});

function key(row: number, col: number): number {
  return row * 16_384 + col;
}
