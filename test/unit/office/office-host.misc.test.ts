import { FakeWorkbookState } from "./fake-excel";
import { installOffice } from "./office-harness";

describe("OfficeWorkbookHost text, navigation and state", () => {
  it("creates 情况说明 and writes one paragraph per row in column A, as text", async () => {
    const state = new FakeWorkbookState();
    state.setCell("公开01表", "A1", { value: "收入支出决算总表" });
    const result = await installOffice(state).host().insertText(["一、收入支出决算总体情况", "=不是公式"], { overwrite: false });
    expect(result).toEqual({ written: true, sheet: "情况说明", range: "A1:A2" });
    expect(state.cell("情况说明", "A1")!.value).toBe("一、收入支出决算总体情况");
    expect(state.cell("情况说明", "A2")).toMatchObject({ value: "=不是公式", numberFormat: "@" });
    expect(state.cell("情况说明", "A2")!.formula).toBeUndefined();
    expect(state.activeSheet).toBe("情况说明");
  });

  it("refuses to overwrite text in 情况说明 unless asked, then replaces it whole", async () => {
    const state = new FakeWorkbookState();
    ["用户写的第一段", "第二段", "第三段"].forEach((p, i) => state.setCell("情况说明", `A${i + 1}`, { value: p }));
    const host = installOffice(state).host();
    expect(await host.insertText(["新的说明"], { overwrite: false })).toEqual({ written: false, reason: "occupied", sheet: "情况说明" });
    expect(state.cell("情况说明", "A1")!.value).toBe("用户写的第一段");

    expect(await host.insertText(["新的说明"], { overwrite: true })).toEqual({ written: true, sheet: "情况说明", range: "A1:A1" });
    expect(state.cell("情况说明", "A1")!.value).toBe("新的说明");
    expect(state.cell("情况说明", "A2")!.value).toBe("");
    expect(state.cell("情况说明", "A3")!.value).toBe("");
  });

  it("selects a finding's cell on its sheet", async () => {
    const state = new FakeWorkbookState();
    state.setCell("公开01表", "A1", { value: 1 });
    state.setCell("公开03表", "E9", { value: 465.22 });
    await installOffice(state).host().select("公开03表", "E9");
    expect(state.activeSheet).toBe("公开03表");
    expect(state.selection).toEqual({ sheet: "公开03表", address: "E9" });
  });

  it("keeps state in the workbook's settings across sessions", async () => {
    const state = new FakeWorkbookState();
    await installOffice(state).host().saveState("prior-year", '{"总计":"1946.77"}');
    expect(await installOffice(state).host().loadState("prior-year")).toBe('{"总计":"1946.77"}');
    expect(await installOffice(state).host().loadState("absent")).toBeUndefined();
  });
});
