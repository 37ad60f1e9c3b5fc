import type { Finding } from "../../../src/core/findings/finding";
import { applyFilter, groupFindings, WHOLE_WORKBOOK } from "../../../src/ui/check/group-findings";
import { narrativeParagraphs, splitPlaceholders } from "../../../src/ui/narrative/narrative-text";
import { parseSettings, DEFAULT_SETTINGS } from "../../../src/ui/settings/pane-settings";
import { displayText as cellText } from "../../../src/core/snapshot/display-text";

const f = (sheet: string, cell: string, severity: Finding["severity"], kind: Finding["kind"], table?: string): Finding => ({
  rule: "r", kind, severity, sheet, cell, related: [], message: `${sheet}!${cell}`, table,
});

describe("groupFindings", () => {
  const findings = [
    f("公开07表", "G16", "warning", "input", "一般公共预算财政拨款项目支出决算表"),
    f("公开03表", "D11", "error", "sum", "支出决算表"),
    f("公开03表", "C9", "warning", "rounding", "支出决算表"),
    f("公开03表", "D10", "error", "sum", "支出决算表"),
    f("", "", "error", "missing"),
  ];

  it("groups by table and sheet in order of appearance, errors first then by row", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.title)).toEqual(["一般公共预算财政拨款项目支出决算表 · 公开07表", "支出决算表 · 公开03表", WHOLE_WORKBOOK]);
    expect(groups[1].findings.map((x) => x.cell)).toEqual(["D10", "D11", "C9"]);
    expect(groups[1].counts).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("filters by severity and kind", () => {
    expect(applyFilter(findings, { severities: new Set(["warning"]) }).map((x) => x.cell)).toEqual(["G16", "C9"]);
    expect(applyFilter(findings, { severities: new Set(["error", "warning"]), kind: "sum" }).map((x) => x.cell)).toEqual(["D11", "D10"]);
  });
});

describe("narrative text helpers", () => {
  it("marks 【缺：…】 and 【待填写：…】 as placeholders", () => {
    expect(splitPlaceholders("收、支总计【缺：上年收支总计】。原因：【待填写：主要变动原因】")).toEqual([
      { text: "收、支总计", placeholder: false },
      { text: "【缺：上年收支总计】", placeholder: true },
      { text: "。原因：", placeholder: false },
      { text: "【待填写：主要变动原因】", placeholder: true },
    ]);
  });

  it("writes the chosen sections as title + one paragraph per line", () => {
    const sections = [
      { id: "一", title: "一、总体情况", text: "第一段\n第二段" },
      { id: "二", title: "二、收入", text: "收入段" },
    ];
    expect(narrativeParagraphs(sections, new Set(["一"]))).toEqual(["一、总体情况", "第一段", "第二段"]);
  });
});

describe("settings and grid text", () => {
  it("falls back to defaults for damaged stored settings", () => {
    expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ weightTotal: 100, rounding: "strict", customRules: 5 }))).toEqual({
      ...DEFAULT_SETTINGS, weightTotal: 100, rounding: "strict",
    });
  });

  it("shows numbers with their format's decimals, half up", () => {
    expect(cellText({ value: 63, numberFormat: "#,##0.00" })).toBe("63.00");
    expect(cellText({ value: 0.125, numberFormat: "0.00" })).toBe("0.13");
    expect(cellText({ value: 0.9572, numberFormat: "0.00%" })).toBe("95.72%");
    expect(cellText({ value: null, error: "#REF!" })).toBe("#REF!");
  });
});
