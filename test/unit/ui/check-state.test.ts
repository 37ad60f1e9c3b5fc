import type { Finding } from "../../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { announcementOf } from "../../../src/ui/check/check-status";
import { indexFindings } from "../../../src/ui/check/group-findings";
import { isNothingCheckable, nothingCheckableReason } from "../../../src/ui/check/nothing-checkable";
import type { AnalysisView } from "../../../src/ui/engine";

const analysis = (patch: Partial<AnalysisView>): AnalysisView => ({
  file: "x.xlsx",
  tables: [],
  unrecognized: [],
  findings: [],
  models: [],
  textParagraphs: 0,
  priorInWorkbook: {},
  projects: [],
  ...patch,
});
const sheet = (name: string, values: (string | number)[][]) => ({
  name,
  cells: values.map((row) => row.map((value) => ({ value }))),
  rowCount: values.length,
  columnCount: 3,
  merges: [],
});
const workbook = (...sheets: ReturnType<typeof sheet>[]): WorkbookSnapshot => ({ name: "x.xlsx", sheets });

describe("nothing checkable: said, with the likely reason", () => {
  it("is nothing checkable without tables and without 说明 text, and only then", () => {
    expect(isNothingCheckable(analysis({}))).toBe(true);
    expect(isNothingCheckable(analysis({ textParagraphs: 12 }))).toBe(false);
    expect(isNothingCheckable(analysis({ tables: [{ sheet: "公开03表", range: "A1:H21", kind: "支出决算表", unit: "万元" }] }))).toBe(false);
  });

  it("names an empty workbook, an area it could not read, words only, and numbers without a title", () => {
    expect(nothingCheckableReason(analysis({}), workbook(sheet("Sheet1", []), sheet("Sheet2", [])))).toBe("工作簿的 2 张工作表都是空的。");
    const unknown = { sheet: "Sheet1", range: "A1:F20", title: "资产情况表", reason: "表头不是已知的格式。" };
    expect(nothingCheckableReason(analysis({ unrecognized: [unknown] }), workbook(sheet("Sheet1", [["资产情况表"]])))).toBe(
      "找到“资产情况表”（Sheet1!A1:F20），但没能读成公开表：表头不是已知的格式。",
    );
    expect(nothingCheckableReason(analysis({}), workbook(sheet("备忘", [["请于六月底前报送"]])))).toMatch(/^备忘中只有文字，没有数字表格/);
    expect(
      nothingCheckableReason(
        analysis({}),
        workbook(
          sheet("台账", [
            ["摘要", "金额"],
            ["办公用品", 1250.5],
          ]),
        ),
      ),
    ).toMatch(/^台账中有数字，但没有找到公开表的标题/);
  });
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
    expect(announcementOf({ phase: "done" }, analysis({}), { error: 0, warning: 0, tail: 0, info: 0 })).toBe("检查完成：没有找到可以核对的表或说明");
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
    expect(pauses).toBe(3); // after 5,000 and 10,000, and before sorting
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
