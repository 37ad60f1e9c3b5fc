import type { Finding, Severity } from "../../../src/core/findings/finding";
import { cellAddress } from "../../../src/core/snapshot/address";
import { FakeWorkbookState, type FakeCell } from "./fake-excel";
import { installOffice } from "./office-harness";

function finding(sheet: string, cell: string, severity: Severity = "error", message = "合计不等"): Finding {
  return { rule: "T.sum", kind: "sum", severity, sheet, cell, related: [], message };
}

/** A 100 × 100 table of numbers with a few formats, fills and one user note. */
function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState("决算.xlsx");
  for (let r = 0; r < 100; r++)
    for (let c = 0; c < 100; c++) state.setCell("支出决算表", cellAddress(r, c), { value: r * 100 + c + 0.25, numberFormat: "0.00" });
  const styled = state.cell("支出决算表", "B2")!;
  styled.fill = { color: "#00B050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
  styled.font = { color: "#FF0000", bold: true, italic: true };
  styled.borders = { EdgeTop: { style: "Continuous", color: "#000000" } };
  state.cell("支出决算表", "C3")!.fill = { color: "#FFFF00", pattern: "Gray50", patternColor: "#0000FF", tintAndShade: 0.4, patternTintAndShade: -0.2 };
  state.notes.push({ id: "user-note", sheet: "支出决算表", row: 3, col: 3, content: "会计：本行已核对" });
  state.setCell("其他", "A1", { value: "说明" });
  return state;
}

function everyCell(state: FakeWorkbookState): Record<string, FakeCell> {
  return Object.fromEntries(state.sheets.flatMap((s) => [...s.cells].map(([k, cell]) => [`${s.name}#${k}`, structuredClone(cell)])));
}

function firstFindings(count: number): Finding[] {
  const severities: Severity[] = ["error", "warning", "info"];
  return Array.from({ length: count }, (_, i) => finding("支出决算表", cellAddress(Math.floor(i / 100), i % 100), severities[i % 3]));
}

describe("OfficeWorkbookHost marks", () => {
  it("uses the same number of syncs for 10 and for 10,000 findings", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const state = workbook();
      const harness = installOffice(state);
      await harness.host().applyMarks(firstFindings(n));
      counts.push(harness.syncs);
      const ours = state.notes.filter((note) => note.content.startsWith("预决算公开助手"));
      // One note per marked cell, except D4 (marked only among the 10,000), which keeps the user's note.
      expect(ours.length).toBe(n === 10 ? 10 : 9_999);
      expect(state.notes.find((note) => note.id === "user-note")?.content).toBe("会计：本行已核对");
      harness.reset();
      await harness.host().clearMarks();
      counts.push(harness.syncs);
      for (const session of harness.sessions) expect(session.refused).toBe(0);
    }
    expect(counts).toEqual([3, 3, 3, 3]);
  });

  it("mark → clear leaves every value, format and note exactly as before", async () => {
    const state = workbook();
    const before = everyCell(state);
    const notesBefore = structuredClone(state.notes);
    const harness = installOffice(state);
    const findings = [
      finding("支出决算表", "B2", "error", "基本支出应为 402.22"),
      finding("支出决算表", "C3", "warning"),
      finding("支出决算表", "D4", "info"),
      finding("支出决算表", "E9"),
    ];
    await harness.host().applyMarks(findings);

    expect(state.cell("支出决算表", "B2")!.fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });
    expect(state.cell("支出决算表", "C3")!.fill).toMatchObject({ color: "#FFEB9C", pattern: "Solid" });
    expect(state.cell("支出决算表", "D4")!.fill).toMatchObject({ color: "#DDEBF7", pattern: "Solid" });
    expect(state.cell("支出决算表", "B2")!.value).toBe(101.25);
    expect(state.notes.find((n) => n.row === 1 && n.col === 1)?.content).toBe("预决算公开助手：\n基本支出应为 402.22");
    expect(state.notes.find((n) => n.row === 3 && n.col === 3)?.content).toBe("会计：本行已核对"); // the user's note is kept
    expect(state.parts).toHaveLength(1);

    await harness.host().clearMarks();
    const after = everyCell(state);
    for (const [k, cell] of Object.entries(before)) expect([k, after[k]]).toEqual([k, cell]);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    expect(state.notes).toEqual(notesBefore);
    expect(state.parts).toHaveLength(0);
  });

  it("clears in a new session (new host, same workbook) and marking again first restores the previous marks", async () => {
    const state = workbook();
    const before = everyCell(state);
    await installOffice(state)
      .host()
      .applyMarks([finding("支出决算表", "B2"), finding("支出决算表", "F7", "warning")]);
    // A second check: B2 still wrong, F7 fixed, G8 new.
    await installOffice(state)
      .host()
      .applyMarks([finding("支出决算表", "B2", "warning", "尾差"), finding("支出决算表", "G8")]);
    expect(state.cell("支出决算表", "F7")!.fill).toEqual(before[key(state, "F7")].fill);
    expect(state.cell("支出决算表", "B2")!.fill).toMatchObject({ color: "#FFEB9C" });
    expect(state.notes.map((n) => n.content).sort()).toEqual(["会计：本行已核对", "预决算公开助手：\n合计不等", "预决算公开助手：\n尾差"]);
    expect(state.parts).toHaveLength(1);

    const reopened = installOffice(state); // reopen: nothing kept in memory, only the workbook
    await reopened.host().clearMarks();
    expect(everyCell(state)).toEqual(before);
    expect(state.notes.map((n) => n.content)).toEqual(["会计：本行已核对"]);
  });

  it("clears what is left when a marked sheet was deleted since the check", async () => {
    const state = workbook();
    const harness = installOffice(state);
    await harness.host().applyMarks([finding("支出决算表", "B2"), finding("其他", "A1", "warning")]);
    state.sheets = state.sheets.filter((s) => s.name !== "其他");
    state.notes = state.notes.filter((n) => n.sheet !== "其他");
    await harness.host().clearMarks();
    expect(state.cell("支出决算表", "B2")!.fill.color).toBe("#00B050");
    expect(state.parts).toHaveLength(0);
  });

  it("leaves a note the user edited after marking", async () => {
    const state = workbook();
    const harness = installOffice(state);
    await harness.host().applyMarks([finding("支出决算表", "B2")]);
    state.notes.find((n) => n.row === 1 && n.col === 1)!.content = "已改，待复核";
    await harness.host().clearMarks();
    expect(state.notes.map((n) => n.content).sort()).toEqual(["会计：本行已核对", "已改，待复核"]);
    expect(state.cell("支出决算表", "B2")!.fill.color).toBe("#00B050");
  });

  it("degrades to threaded comments without notes (ExcelApi 1.10) and to fills only below that", async () => {
    const state = workbook();
    const before = everyCell(state);
    const withComments = installOffice(state, "1.17");
    await withComments.host().applyMarks([finding("支出决算表", "E5")]);
    expect(state.comments).toEqual([expect.objectContaining({ sheet: "支出决算表", row: 4, col: 4, content: "预决算公开助手：\n合计不等" })]);
    expect(state.notes).toHaveLength(1);
    await withComments.host().clearMarks();
    expect(state.comments).toEqual([]);
    expect(everyCell(state)).toEqual(before);

    const fillsOnly = installOffice(state, "1.9");
    await fillsOnly.host().applyMarks([finding("支出决算表", "E5")]);
    expect(state.comments).toEqual([]);
    expect(state.cell("支出决算表", "E5")!.fill.color).toBe("#FFC7CE");
    await fillsOnly.host().clearMarks();
    expect(everyCell(state)).toEqual(before);
  });

  it("splits a marking payload above the limit into more syncs instead of failing", async () => {
    const state = workbook();
    const harness = installOffice(state);
    const long = "一般公共预算财政拨款支出决算表中本行合计数与各明细项之和不一致，差额需要核实。".repeat(6);
    await harness.host().applyMarks(firstFindings(10_000).map((f) => ({ ...f, message: long })));
    expect(state.notes).toHaveLength(10_000);
    expect(harness.syncs).toBeGreaterThan(3);
    for (const session of harness.sessions) expect(session.refused).toBe(0);
  });
});

function key(state: FakeWorkbookState, address: string): string {
  const sheet = state.sheet("支出决算表")!;
  const cell = state.cell("支出决算表", address)!;
  const k = [...sheet.cells].find(([, c]) => c === cell)![0];
  return `支出决算表#${k}`;
}
