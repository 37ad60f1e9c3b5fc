import type { Finding } from "../../../src/core/findings/finding";
import { announcementOf } from "../../../src/ui/check/check-status";
import { indexFindings } from "../../../src/ui/check/group-findings";
import type { AnalysisView } from "../../../src/ui/engine";

const analysis = (patch: Partial<AnalysisView>): AnalysisView => ({
  file: "x.xlsx",
  tables: [],
  unrecognized: [],
  findings: [],
  outlines: [],
  textParagraphs: 0,
  priorInWorkbook: {},
  priorSheetProblems: [],
  projects: [],
  ref: 1,
  checks: [],
  ...patch,
});
describe("the live announcement when a check ends", () => {
  const finding = (severity: Finding["severity"], kind: Finding["kind"], cell: string): Finding => ({
    rule: "r",
    kind,
    severity,
    sheet: "公开03表",
    cell,
    related: [],
    message: "",
  });
  const findings = [finding("error", "sum", "D11"), finding("error", "missing", ""), finding("warning", "rounding", "C9")];
  const tables = [{ sheet: "公开03表", range: "A1:H21", kind: "支出决算表", unit: "万元" }];

  it("says the counts (尾差 and 提示 only when there are some), nothing while running", async () => {
    const { totals } = await indexFindings(findings, async () => undefined);
    expect(announcementOf({ phase: "done" }, analysis({ tables, findings }), totals)).toBe("检查完成：错误 2 项，警告 0 项，尾差 1 项");
    expect(announcementOf({ phase: "done" }, analysis({ tables }), { error: 0, warning: 0, tail: 0, info: 3 })).toBe(
      "检查完成：错误 0 项，警告 0 项，提示 3 项",
    );
    expect(announcementOf({ phase: "analysing" }, analysis({ tables, findings }), totals)).toBe("");
    expect(announcementOf({ phase: "failed", message: "文件设有打开密码" }, undefined, undefined)).toBe("检查未完成：文件设有打开密码");
    const nothingToCheck = { summary: "工作簿中没有可识别的公开表或说明：…", reason: "工作簿的 1 张工作表都是空的。" };
    expect(announcementOf({ phase: "done" }, analysis({ nothingToCheck }), { error: 0, warning: 0, tail: 0, info: 0 })).toBe(
      "检查完成：没有找到可以核对的表或说明",
    );
  });

  it("indexes 12,000 findings in slices: groups, totals and kinds as one pass would", async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      rule: "r",
      kind: i % 2 ? "sum" : "rounding",
      severity: i % 2 ? "error" : "warning",
      sheet: `S${i % 3}`,
      cell: `C${i + 1}`,
      related: [],
      message: "",
    })) as Finding[];
    let pauses = 0;
    const index = await indexFindings(many, async () => void pauses++);
    // before each slice of 5,000 findings (three), each table's sort (three) and the result
    expect(pauses).toBe(7);
    expect(index.totals).toEqual({ error: 6000, warning: 0, tail: 6000, info: 0 });
    expect(index.kinds.sort()).toEqual(["rounding", "sum"]);
    expect(index.groups.map((g) => [g.title, g.findings.length, g.findings[0].cell])).toEqual([
      // Finding i is on sheet S(i mod 3), an error when i is odd, at C(i+1); errors first in each group.
      ["S0", 4000, "C4"],
      ["S1", 4000, "C2"],
      ["S2", 4000, "C6"],
    ]);
  });
});
