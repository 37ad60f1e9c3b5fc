import type { Finding } from "../../../src/core/findings/finding";
import { filterGroups, groupFindings, WHOLE_WORKBOOK } from "../../../src/ui/check/group-findings";
import { parseEngineConfig, DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import { displayText as cellText } from "../../../src/core/snapshot/display-text";

const f = (sheet: string, cell: string, severity: Finding["severity"], kind: Finding["kind"], table?: string): Finding => ({
  rule: "r",
  kind,
  severity,
  sheet,
  cell,
  related: [],
  message: `${sheet}!${cell}`,
  table,
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
    expect(groups[1].counts).toEqual({ error: 2, warning: 0, tail: 1, info: 0 }); // C9 a rounding tail: 尾差, not 警告
  });

  it("counts a rounding tail listed as an error (设置: 严格) as an error", () => {
    expect(groupFindings([f("公开03表", "C9", "error", "rounding", "支出决算表")])[0].counts).toEqual({ error: 1, warning: 0, tail: 0, info: 0 });
  });

  it("filters by severity, 尾差, kind and table without sorting again", () => {
    const groups = groupFindings(findings);
    const cells = (gs: ReturnType<typeof filterGroups>) => gs.flatMap((g) => g.findings.map((x) => x.cell));
    expect(cells(filterGroups(groups, { classes: new Set(["warning"]) }))).toEqual(["G16"]);
    expect(cells(filterGroups(groups, { classes: new Set(["tail"]) }))).toEqual(["C9"]);
    expect(cells(filterGroups(groups, { classes: new Set(["error", "warning"]), kind: "sum" }))).toEqual(["D10", "D11"]);
    expect(cells(filterGroups(groups, { classes: new Set(["error", "tail"]), group: "支出决算表 · 公开03表" }))).toEqual(["D10", "D11", "C9"]);
    expect(filterGroups(groups, { classes: new Set(["info"]) })).toEqual([]);
  });

  it("orders 60,000 findings of one table by severity, row and column", () => {
    const many = Array.from({ length: 60_000 }, (_, i) =>
      f("公开03表", `${["C", "AB", "D"][i % 3]}${60_000 - Math.floor(i / 3)}`, i % 7 ? "warning" : "error", "sum", "支出决算表"),
    );
    const [group] = groupFindings(many);
    expect(group.findings).toHaveLength(60_000);
    expect(group.counts.error).toBe(8572);
    expect(group.findings.slice(0, 3).map((x) => `${x.severity} ${x.cell}`)).toEqual(["error C40001", "error D40004", "error AB40006"]);
    expect(group.findings[8572].cell).toBe("D40001"); // the first warning: row 40001, D before AB
  });
});

describe("settings and grid text", () => {
  it("falls back to defaults for damaged stored settings", () => {
    expect(parseEngineConfig("{not json")).toEqual(DEFAULT_ENGINE_CONFIG);
    expect(parseEngineConfig(JSON.stringify({ weightTotal: 100, rounding: "strict", customRules: 5 }))).toEqual({
      ...DEFAULT_ENGINE_CONFIG,
      weightTotal: 100,
      rounding: "strict",
    });
  });

  it("shows numbers with their format's decimals, half up", () => {
    expect(cellText({ value: 63, numberFormat: "#,##0.00" })).toBe("63.00");
    expect(cellText({ value: 0.125, numberFormat: "0.00" })).toBe("0.13");
    expect(cellText({ value: 0.9572, numberFormat: "0.00%" })).toBe("95.72%");
    expect(cellText({ value: null, error: "#REF!" })).toBe("#REF!");
  });
});
