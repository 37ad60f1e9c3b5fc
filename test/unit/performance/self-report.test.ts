import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { checkPerformance } from "../../../src/core/performance";
import type { ReportParagraph } from "../../../src/core/performance";
import { extractFigures } from "../../../src/core/performance/self-report/figures";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { EMEISHAN_PROJECTS, EMEISHAN_TEXT, type ProjectData } from "../../fixtures/build/emeishan-perf-data";
import { emeishanSheets, textSheet } from "../../fixtures/build/emeishan-layout";
import { FIXTURES, readFixture } from "../../support/fixtures";

/**
 * 自评表 against its report. report-2023-emeishan.txt is the two 项目绩效目标自评报告 of seeds/003 as published; the
 * workbook is perf-2023-emeishan.xlsx (城乡居民医疗保险县级配套资金: 成本 row 22, 完成值 H22 = 58.4 元/人·次;
 * 老征地人员参加城乡居民医疗保险财政补贴: 人数 row 102 = 55363, 老征地人员到龄代缴标准 row 110 = 450 元/人·次).
 */
const REPORT = readFileSync(path.join(FIXTURES, "report-2023-emeishan.txt"), "utf8");
const lines = (...texts: string[]): ReportParagraph[] => texts.map((text, i) => ({ line: i + 1, text }));

function workbook(change: (projects: ProjectData[]) => void = () => undefined): WorkbookSnapshot {
  const projects = JSON.parse(JSON.stringify(EMEISHAN_PROJECTS)) as ProjectData[];
  change(projects);
  return { name: "峨眉山.xlsx", sheets: emeishanSheets(projects, EMEISHAN_TEXT) };
}

const reportFindings = (snapshot: WorkbookSnapshot, text: ReportParagraph[]) =>
  checkPerformance(snapshot, { reportText: text }).findings.filter((f) => f.rule.startsWith("PERF.report"));

describe("figures of a report sentence", () => {
  test("counts, per-person standards and amounts; no dates, document numbers or approximate counts", () => {
    const figures = extractFigures(
      "根据（乐市财政社〔2023〕96号）文件，县级补助人数为289325人，县级补助标准为55.4元/人.年，合计1602.86万元，于2023年11月上缴，覆盖40多家机构。",
    );
    expect(figures.map((f) => `${f.text}|${f.unit.dimension}|${f.unit.factor}|${f.precision}`)).toEqual([
      "289325人|人|1|1",
      "55.4元/人.年|元|1|0.1",
      "1602.86万元|元|10000|0.01",
    ]);
    expect(figures[1].context).toContain("县级补助人数为");
    expect(figures[1].context).toContain("县级补助标准为");
  });
});

describe("自评表 against the 项目自评报告", () => {
  test("峨眉山 as published (--text): two warnings, at H22 and H110, each proved by the report's own arithmetic", async () => {
    // H22: the report says 县级补助标准 55.4元/人.年 and 1602.86万元 ÷ 289325人 = 16028600 ÷ 289325 = 55.40; the table
    // says 58.4. H110: the report says 到龄 补助标准 420.00元/人.年 (10570140.00元 ÷ 25167人 = 420.00); the table says
    // 450 (指标值 ≥400). The report's 25167 到龄 + 30196 未到龄 = 55363 = H102, and 70.00元/人.年 fits both 征地
    // standards equally (a tie): neither is reported.
    const r = analyzeWorkbook(await readFixture("perf-2023-emeishan.xlsx"), { narrativeText: REPORT });
    const f = r.findings.filter((x) => x.rule.startsWith("PERF.report"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.sheet}!${x.cell}`)).toEqual([
      "PERF.report.value warning 项目自评（1-4）!H22",
      "PERF.report.value warning 项目自评（1-4）!H110",
    ]);
    expect(f[0].message).toBe(
      "城乡居民医疗保险县级配套资金：指标“参保人员县级补助成本”：自评表完成值为 58.4元/人·次（指标值 ≥50元/人·次），而报告第22段（第23行）写明“县级补助标准为55.4元/人.年”，两者不一致，请核对自评表或报告。",
    );
    expect(f[0].steps).toEqual([
      "自评表 '项目自评（1-4）'!H22：完成值 58.4元/人·次",
      "报告第22段（第23行）：“县级补助标准为55.4元/人.年”",
      "报告第22段（第23行）：1602.86万元 ÷ 289325人 = 55.40元/人·次",
    ]);
    expect(f[1].message).toContain("写明“补助标准为420.00元/人.年”");
    expect(f.every((x) => x.expected === undefined)).toBe(true);
  });

  test("the table corrected to the report (55.4, 420) → no finding", () => {
    const snapshot = workbook((p) => {
      p[0].indicators[7][6] = 55.4;
      p[3].indicators[8][6] = 420;
    });
    expect(reportFindings(snapshot, lines(...REPORT.split("\n")))).toEqual([]);
  });

  test("a derived figure alone (amount ÷ count) → PERF.report.derived at H22", () => {
    const f = reportFindings(workbook(), lines("（城乡居民医疗保险县级配套资金）", "文件规定，县级补助人数为289325人，合计支出1602.86万元。"));
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["PERF.report.derived H22"]);
    expect(f[0].message).toContain("报告第2行的 1602.86万元 ÷ 289325人 = 55.40");
  });

  test("a figure for part of a count whose parts add up → no finding", () => {
    expect(reportFindings(workbook(), lines("（老征地人员参加城乡居民医疗保险财政补贴）", "核实老征地到龄人员有25167人，未到龄人员30196人。"))).toEqual([]);
  });

  test("a figure whose words name no indicator, or two equally → no finding", () => {
    expect(reportFindings(workbook(), lines("（城乡居民医疗保险县级配套资金）", "本年新增参保人员1200人。"))).toEqual([]);
    expect(reportFindings(workbook(), lines("（老征地人员参加城乡居民医疗保险财政补贴）", "未到龄人员30196人，补助标准99.00元/人.年。"))).toEqual([]);
  });

  test("report text on a 项目自评报告 sheet of the workbook → the same finding, the paragraph cell related", () => {
    const snapshot = workbook();
    snapshot.sheets.push(
      textSheet("项目自评报告", ["（城乡居民医疗保险县级配套资金）", "县级补助人数为289325人，县级补助标准为55.4元/人.年，合计1602.86万元。"]),
    );
    const f = checkPerformance(snapshot).findings.filter((x) => x.rule.startsWith("PERF.report"));
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["PERF.report.value H22"]);
    expect(f[0].related).toContain("项目自评报告!A2");
    expect(f[0].message).toContain("而报告项目自评报告!A2写明");
  });
});
