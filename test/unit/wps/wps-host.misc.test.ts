import { FakeWpsWorkbook } from "./fake-wps";
import { wpsHost } from "./wps-harness";

describe("WpsWorkbookHost text, navigation and state", () => {
  it("creates 情况说明 after the last sheet and writes one paragraph per row in column A, as text", async () => {
    const wb = new FakeWpsWorkbook();
    wb.setCell("公开01表", "A1", { value: "收入支出决算总表" });
    wb.setCell("公开02表", "A1", { value: "收入决算表" });
    const result = await wpsHost(wb).insertText(["一、收入支出决算总体情况", "=不是公式"], { overwrite: false });
    expect(result).toEqual({ written: true, sheet: "情况说明", range: "A1:A2" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["公开01表", "公开02表", "情况说明"]);
    expect(wb.cell("情况说明", "A1")!.value).toBe("一、收入支出决算总体情况");
    expect(wb.cell("情况说明", "A2")).toMatchObject({ value: "=不是公式", numberFormat: "@", wrapText: true });
    expect(wb.cell("情况说明", "A2")!.formula).toBeUndefined();
    expect(wb.activeSheet).toBe("情况说明");
  });

  it("refuses to overwrite text in 情况说明 unless asked, then replaces it whole", async () => {
    const wb = new FakeWpsWorkbook();
    ["用户写的第一段", "第二段", "第三段"].forEach((p, i) => wb.setCell("情况说明", `A${i + 1}`, { value: p }));
    const host = wpsHost(wb);
    expect(await host.insertText(["新的说明"], { overwrite: false })).toEqual({ written: false, reason: "occupied", sheet: "情况说明" });
    expect(wb.cell("情况说明", "A1")!.value).toBe("用户写的第一段");

    expect(await host.insertText(["新的说明"], { overwrite: true })).toEqual({ written: true, sheet: "情况说明", range: "A1:A1" });
    expect(wb.cell("情况说明", "A1")!.value).toBe("新的说明");
    expect(wb.cell("情况说明", "A2")!.value).toBeUndefined();
    expect(wb.cell("情况说明", "A3")!.value).toBeUndefined();
  });

  it("selects a finding's cell on its sheet, activating the sheet first", async () => {
    const wb = new FakeWpsWorkbook();
    wb.setCell("公开01表", "A1", { value: 1 });
    wb.setCell("公开03表", "E9", { value: 465.22 });
    await wpsHost(wb).select("公开03表", "E9");
    expect(wb.activeSheet).toBe("公开03表");
    expect(wb.selection).toEqual({ sheet: "公开03表", address: "E9" });
  });

  it("keeps state in custom document properties across sessions, long values in pieces", async () => {
    const wb = new FakeWpsWorkbook();
    wb.setCell("表", "A1", { value: 1 });
    const rules = "rule MY.car error 公务用车费不超过公务接待费\n  in 财政拨款“三公”经费支出决算表\n".repeat(40);
    await wpsHost(wb).saveState("prior-year", '{"总计":"1946.77"}');
    await wpsHost(wb).saveState("settings", JSON.stringify({ customRules: rules }));
    expect(await wpsHost(wb).loadState("prior-year")).toBe('{"总计":"1946.77"}');
    expect(JSON.parse((await wpsHost(wb).loadState("settings"))!)).toEqual({ customRules: rules });
    expect(await wpsHost(wb).loadState("absent")).toBeUndefined();
    expect(wb.properties.filter((p) => p.name.startsWith("disclosure-assistant:settings.")).length).toBeGreaterThan(10);

    await wpsHost(wb).saveState("settings", "{}"); // shorter: the old pieces go
    expect(await wpsHost(wb).loadState("settings")).toBe("{}");
    expect(wb.properties.map((p) => p.name).sort()).toEqual(["disclosure-assistant:prior-year.1.0-1", "disclosure-assistant:settings.2.0-1"]);
  });

  it("keeps the previous value when a save fails halfway, and reads a set with a piece missing as nothing stored", async () => {
    const wb = new FakeWpsWorkbook();
    wb.setCell("表", "A1", { value: 1 });
    await wpsHost(wb).saveState("settings", "旧".repeat(300));
    wb.propertyAddsLeft = 2; // the next value needs 3 pieces
    await expect(wpsHost(wb).saveState("settings", "新".repeat(300))).rejects.toThrow("无法添加文档属性");
    expect(await wpsHost(wb).loadState("settings")).toBe("旧".repeat(300));

    wb.propertyAddsLeft = undefined;
    wb.properties = wb.properties.filter((p) => p.name !== "disclosure-assistant:settings.1.1-3");
    expect(await wpsHost(wb).loadState("settings")).toBeUndefined();
  });
});
