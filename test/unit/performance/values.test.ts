import { parseIndicatorText, parseOperator } from "../../../src/core/performance/indicator-value";
import { normaliseUnit } from "../../../src/core/performance/units";
import { isMet, formulaScore } from "../../../src/core/performance/compare";
import type { IndicatorRow, SourceCell } from "../../../src/core/performance/model";

const cell = (text: string): SourceCell => ({ sheet: "S", row: 0, col: 0, address: "A1", text });

function row(operator: IndicatorRow["operator"], target: string, actual: string, unit?: string, weight?: number): IndicatorRow {
  return {
    row: 0,
    name: cell("指标"),
    operator,
    targetValue: parseIndicatorText(target),
    actualValue: parseIndicatorText(actual),
    unit: unit ? cell(unit) : undefined,
    weight: weight === undefined ? undefined : { ...cell(String(weight)), value: parseIndicatorText(String(weight))!.number },
  };
}

describe("indicator values", () => {
  test("operators in full and half width", () => {
    expect(["≥", ">=", "＞", ">", "＝", "=", "≤", "＜", "<", "定性"].map(parseOperator)).toEqual(["≥", "≥", ">", ">", "=", "=", "≤", "<", "<", "定性"]);
    expect(parseOperator("按时按质按量")).toBeUndefined();
  });

  test("values with operator and unit inside", () => {
    const v = parseIndicatorText("≥90%")!;
    expect([v.operator, v.number?.toString(), v.unit]).toEqual(["≥", "90", "%"]);
    const w = parseIndicatorText("＜37500人")!;
    expect([w.operator, w.number?.toString(), w.unit]).toEqual(["<", "37500", "人"]);
    const m = parseIndicatorText("1.74万元")!;
    expect([m.operator, m.number?.toString(), m.unit]).toEqual([undefined, "1.74", "万元"]);
    const q = parseIndicatorText("定性优")!;
    expect([q.operator, q.grade]).toEqual(["定性", "优"]);
  });

  test("units normalise to comparable dimensions", () => {
    expect(normaliseUnit("万元")?.factor.toString()).toBe("10000");
    expect(normaliseUnit("元/年")).toMatchObject({ dimension: "元", per: "年" });
    expect(normaliseUnit("万人")?.dimension).toBe("人");
    expect(normaliseUnit("人数")?.dimension).toBe("人");
    expect(normaliseUnit("级")).toBeUndefined();
  });

  test("1.74万元 meets ≤ 41850 元/年 (17400 ≤ 41850)", () => {
    expect(isMet(row("≤", "41850", "1.74万元", "元/年"))).toBe(true);
    expect(isMet(row("≤", "41850", "4.5万元", "元/年"))).toBe(false);
  });

  test("strict operators at the boundary are not met", () => {
    expect(isMet(row("<", "10", "10", "%"))).toBe(false);
    expect(isMet(row("≤", "10", "10", "%"))).toBe(true);
    expect(isMet(row(">", "300000", "289325", "人数"))).toBe(false);
  });

  test("qualitative grades compare by rank", () => {
    expect(isMet(row("定性", "良", "优"))).toBe(true);
    expect(isMet(row("定性", "优", "良"))).toBe(false);
    expect(isMet(row("定性", "逐步推开", "逐步推开"))).toBe(true);
  });

  test("common scoring formulas", () => {
    expect(formulaScore(row(">", "300000", "289325", "人数", 15))?.toFixed(2)).toBe("14.47");
    expect(formulaScore(row("≤", "10", "12", "%", 10))?.toFixed(2)).toBe("8.00");
    expect(formulaScore(row("≤", "10", "25", "%", 10))?.toFixed(2)).toBe("0.00");
  });
});
