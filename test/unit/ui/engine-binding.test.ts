import { createEngine } from "../../../src/ui/engine-binding";
import { DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import { cellAddress } from "../../../src/core/snapshot/address";
import { generateWorkbook, setAmount, slotsOf, toSnapshot, toXlsx } from "../../support/generate-workbook";
import { fixtureBytes, readFixture } from "../../support/fixtures";
import { EMEISHAN_PROJECTS } from "../../fixtures/build/emeishan-perf-data";
import { projectsSheet } from "../../fixtures/build/emeishan-layout";
import { snapshotToXlsx, targetSheet } from "../../support/performance-tables";

/** The pane's prior-year workbook (opened in 说明) also feeds the next check: 年初结转和结余 = 上年年末. */
describe("pane engine: last year's workbook", () => {
  const prior = generateWorkbook({ seed: 31, randomize: false });
  const current = generateWorkbook({ seed: 32, randomize: false });
  const end = slotsOf(prior, "J01", { row: "年末结转和结余" })[0];
  const start = slotsOf(current, "J01", { row: "年初结转和结余" })[0];
  setAmount(current, start, end.cents + 500);
  const fundEnd = slotsOf(prior, "J04", { row: "年末财政拨款结转和结余/一般公共预算财政拨款", column: "合计" })[0];
  setAmount(current, slotsOf(current, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款" })[0], fundEnd.cents);
  const engine = createEngine({ writeDocx: async () => new Uint8Array(), writeAuditReport: async () => new Uint8Array() });
  const carryOver = (findings: { rule: string }[]) => findings.filter((f) => f.rule === "X.year.carry-over");

  test("is read by the engine and handed back with the figures the text needs", async () => {
    const analysis = await engine.analyze(toSnapshot(current), DEFAULT_ENGINE_CONFIG);
    // the generator names its units at random: confirmed as the accountant would confirm another unit's workbook
    const bytes = (await toXlsx(prior)).slice().buffer;
    const opened = await engine.priorFromWorkbook(bytes, "2022年决算.xlsx", analysis, DEFAULT_ENGINE_CONFIG, true);
    expect(opened.snapshot.name).toBe("2022年决算.xlsx");
    expect(opened.snapshot.sheets.map((sheet) => sheet.name)).toEqual(toSnapshot(prior).sheets.map((sheet) => sheet.name));
    expect(Object.keys(opened.figures).length).toBeGreaterThan(0);
    expect(opened.yearEnds.map((r) => r.label)).toContain("年初结转和结余"); // kept with the workbook for later checks
  });

  test("without it the check says nothing about the carry-over; with it, a warning at this year's 年初 cell", async () => {
    expect(carryOver((await engine.analyze(toSnapshot(current), DEFAULT_ENGINE_CONFIG)).findings)).toEqual([]);
    const analysis = await engine.analyze(toSnapshot(current), DEFAULT_ENGINE_CONFIG, { priorYear: toSnapshot(prior) });
    const found = analysis.findings.filter((f) => f.rule === "X.year.carry-over");
    expect(found.map((f) => [f.severity, f.sheet, f.cell, f.actual])).toEqual([
      ["warning", start.sheet, cellAddress(start.r, start.c), ((end.cents + 500) / 100).toFixed(2)],
    ]);
  });
});

/** 说明 in the pane: the unit's name, the figures only the accountant knows, this year's budget, the Word file. */
describe("pane engine: the 情况说明", () => {
  const documents: { title: string; sections: readonly { title: string }[] }[] = [];
  const engine = createEngine({
    writeDocx: async (doc) => {
      documents.push(doc);
      return new Uint8Array([0x50, 0x4b]);
    },
    writeAuditReport: async () => new Uint8Array(),
  });
  const section = (view: { sections: { title: string; text: string }[] }, start: string) => view.sections.find((s) => s.title.startsWith(start))?.text ?? "";
  let analysis: Awaited<ReturnType<typeof engine.analyze>>;

  beforeAll(async () => {
    analysis = await engine.analyze(await readFixture("final-2023-zhanyi.xlsx"), DEFAULT_ENGINE_CONFIG);
  });

  test("names the unit and asks for the 政府采购 figures by name", async () => {
    const view = await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {} });
    expect(view.title).toBe("曲靖市沾益区医疗保障局2023年度部门决算情况说明");
    expect(view.inputs).toEqual(expect.arrayContaining(["政府采购支出总额", "政府采购货物支出", "授予中小企业合同金额"]));
    expect(section(view, "十")).toContain("【缺：政府采购支出总额】");
  });

  test("typed 政府采购 figures fill the text and its shares (60.00 of 120.00 = 50.00%)", async () => {
    const inputs = {
      政府采购支出总额: "120",
      政府采购货物支出: "120",
      政府采购工程支出: "0",
      政府采购服务支出: "0",
      授予中小企业合同金额: " 60 ",
      授予小微企业合同金额: "30",
    };
    const view = await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {}, inputs });
    const text = section(view, "十");
    expect(text).toContain("政府采购支出总额120.00万元，其中：政府采购货物支出120.00万元");
    expect(text).toContain("授予中小企业合同金额60.00万元，占政府采购支出总额的50.00%");
    expect(text).toContain("授予小微企业合同金额30.00万元，占政府采购支出总额的25.00%");
    expect(view.inputs).toContain("政府采购支出总额");
    // a typed figure keeps its place among the form fields
    expect(view.inputs).toEqual((await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {} })).inputs);
  });

  test("the 设置 number style writes round figures as the region prints them (0万元, 100%)", async () => {
    const inputs = { 政府采购支出总额: "120", 政府采购工程支出: "0", 授予中小企业合同金额: "120" };
    const plain = section(await engine.narrate(analysis, { ...DEFAULT_ENGINE_CONFIG, numberStyle: "plain" }, { prior: {}, inputs }), "十");
    expect(plain).toContain("政府采购工程支出0万元");
    expect(plain).toContain("授予中小企业合同金额120.00万元，占政府采购支出总额的100%");
    const fixed = section(await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {}, inputs }), "十");
    expect(fixed).toContain("政府采购工程支出0.00万元");
    expect(fixed).toContain("占政府采购支出总额的100.00%");
  });

  test("this year's 预算公开 workbook gives 年初预算数 as plain amounts; a 决算 workbook is refused in Chinese", async () => {
    const { figures: budget, snapshot } = await engine.budgetFromWorkbook(bytesOf("budget-2023-dazhou.xlsx"), "budget-2023-dazhou.xlsx");
    expect(snapshot.name).toBe("budget-2023-dazhou.xlsx");
    expect(Object.keys(budget).length).toBeGreaterThan(3);
    expect(Object.values(budget).every((v) => /^-?\d+\.\d{2}$/.test(v))).toBe(true);
    await expect(engine.budgetFromWorkbook(bytesOf("final-2023-zhanyi.xlsx"), "final-2023-zhanyi.xlsx")).rejects.toThrow(
      "“final-2023-zhanyi.xlsx”中没有识别到预算公开表或绩效目标表",
    );
  });

  test("last year's workbook of the same unit (沾益 2022) is read; another unit's budget (达州 2023) is refused naming both, used once confirmed", async () => {
    const prior = await engine.priorFromWorkbook(bytesOf("prior-2022-zhanyi.xlsx"), "prior-2022-zhanyi.xlsx", analysis, DEFAULT_ENGINE_CONFIG);
    expect(prior.figures.收支总计).toBe("483.23");
    const refused = engine.budgetFromWorkbook(bytesOf("budget-2023-dazhou.xlsx"), "budget-2023-dazhou.xlsx", analysis);
    await expect(refused).rejects.toMatchObject({ name: "WorkbookMismatchError" });
    await expect(refused).rejects.toThrow(
      "“budget-2023-dazhou.xlsx”是达州市医疗保障事务中心2023年度的工作簿，本工作簿是曲靖市沾益区医疗保障局2023年度的：本年预算公开表应为曲靖市沾益区医疗保障局2023年度的。",
    );
    const accepted = await engine.budgetFromWorkbook(bytesOf("budget-2023-dazhou.xlsx"), "budget-2023-dazhou.xlsx", analysis, true);
    expect(Object.keys(accepted.figures).length).toBeGreaterThan(3);
    // This year's workbook opened as last year's: the year is wrong.
    await expect(engine.priorFromWorkbook(bytesOf("final-2023-zhanyi.xlsx"), "final-2023-zhanyi.xlsx", analysis, DEFAULT_ENGINE_CONFIG)).rejects.toThrow(
      "“final-2023-zhanyi.xlsx”是曲靖市沾益区医疗保障局2023年度的工作簿，本工作簿是曲靖市沾益区医疗保障局2023年度的：上年工作簿应为曲靖市沾益区医疗保障局2022年度的。",
    );
  });

  test("the Word document is written by the page's writer with the text's title", async () => {
    const view = await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {} });
    const bytes = await engine.wordDocument(view.title, view.sections.slice(0, 2));
    expect([...bytes]).toEqual([0x50, 0x4b]);
    expect(documents.map((d) => [d.title, d.sections.length])).toEqual([["曲靖市沾益区医疗保障局2023年度部门决算情况说明", 2]]);
  });
});

function bytesOf(name: string): ArrayBuffer {
  const buffer = fixtureBytes(name);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** This year's 预算公开 workbook opened in 说明 also feeds the check: its 绩效目标表 against the 自评表. */
describe("pane engine: the 绩效目标表 of the budget workbook", () => {
  test("a changed target (≥95% in the 目标表, ≥90% in the 自评表) is a warning at 自评!F17 naming the budget file", async () => {
    const targets = JSON.parse(JSON.stringify([EMEISHAN_PROJECTS[1], EMEISHAN_PROJECTS[2]])) as typeof EMEISHAN_PROJECTS;
    targets[0].indicators[2][4] = 95;
    const budgetBytes = await snapshotToXlsx({ name: "2023年预算.xlsx", sheets: [targetSheet("表6", targets)] });
    const engine = createEngine({
      writeDocx: async () => new Uint8Array(),
      writeAuditReport: async () => new Uint8Array(),
    });
    const { figures, snapshot } = await engine.budgetFromWorkbook(toArrayBuffer(budgetBytes), "2023年预算.xlsx");
    expect(figures).toEqual({});
    const final = { name: "决算.xlsx", sheets: [projectsSheet("自评", JSON.parse(JSON.stringify([EMEISHAN_PROJECTS[1], EMEISHAN_PROJECTS[2]])))] };
    const changed = (others: { budget?: typeof snapshot }) =>
      engine
        .analyze(final, DEFAULT_ENGINE_CONFIG, others)
        .then((a) =>
          a.findings.filter((f) => f.rule === "PERF.target.changed").map((f) => `${f.severity} ${f.cell} ${f.message.includes("《2023年预算.xlsx》表6!I6")}`),
        );
    await expect(changed({})).resolves.toEqual([]);
    await expect(changed({ budget: snapshot })).resolves.toEqual(["warning F17 true"]);
  });
});

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
