import type { Finding } from "../../../src/core/findings/finding";
import { collectCellMarks, markNoteText } from "../../../src/hosts/marks/cell-marks";

describe("the note on a marked cell", () => {
  it("leads with the card's one-line fix, then the equations that show it", () => {
    const d11: Finding = {
      rule: "J03.row",
      kind: "sum",
      severity: "error",
      sheet: "公开03表",
      cell: "D11",
      related: [],
      table: "支出决算表",
      subject: "卫生健康支出·基本支出",
      actual: "465.22",
      expected: "402.22",
      message: "210 卫生健康支出：本年支出合计 465.22 ≠ 基本支出 465.22 + 项目支出 63.00（相差 63.00）。支出决算表：每行本年支出合计 = 各项之和",
      steps: [
        "210 卫生健康支出：本年支出合计 465.22 ≠ 基本支出 465.22 + 项目支出 63.00（相差 63.00）",
        "210 卫生健康支出（基本支出）：210 卫生健康支出 465.22 ≠ 21011 行政事业单位医疗 23.11 + 21015 医疗保障管理事务 379.11（相差 63.00）",
      ],
    };
    expect(markNoteText(collectCellMarks([d11])[0]).split("\n")).toEqual([
      "预决算公开助手：",
      "支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）",
      "210 卫生健康支出：本年支出合计 465.22 ≠ 基本支出 465.22 + 项目支出 63.00（相差 63.00）",
      "210 卫生健康支出（基本支出）：210 卫生健康支出 465.22 ≠ 21011 行政事业单位医疗 23.11 + 21015 医疗保障管理事务 379.11（相差 63.00）",
    ]);
  });
});
