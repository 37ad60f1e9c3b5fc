import { parseNumberText, formatDecimals } from "../../../src/core/numbers/parse-number";
import { parseCellNumber } from "../../../src/core/snapshot/cell-number";

function num(text: string): { value: string; unit: string } {
  const p = parseNumberText(text);
  if (p.kind !== "number") throw new Error(`not a number: ${text} → ${p.kind}`);
  return { value: p.value.toString(), unit: p.unit.toString() };
}

describe("parseNumberText: numbers as found in real exports", () => {
  test.each([
    ["1,946.77", "1946.77", "0.01"],
    ["461. 49", "461.49", "0.01"],
    ["50.60 ", "50.6", "0.01"],
    ["４６１．４９", "461.49", "0.01"],
    ["(12.50)", "-12.5", "0.01"],
    ["（3）", "-3", "1"],
    ["-0.5", "-0.5", "0.1"],
    ["95%", "0.95", "0.01"],
    ["4.8%", "0.048", "0.001"],
    ["1,234,567", "1234567", "1"],
  ])("%s → %s (unit %s)", (text, value, unit) => {
    expect(num(text)).toEqual({ value, unit });
  });

  test("dashes are blanks meaning zero / not applicable", () => {
    for (const d of ["—", "-", "－", "/", "——"]) expect(parseNumberText(d)).toEqual({ kind: "blank", dash: true });
  });

  test("words without digits are text, malformed numbers are invalid with a Chinese reason", () => {
    expect(parseNumberText("详见附表").kind).toBe("text");
    expect(parseNumberText("无")).toEqual({ kind: "blank", dash: true });
    const bad = parseNumberText("12.3.4");
    expect(bad.kind).toBe("invalid");
    if (bad.kind === "invalid") expect(bad.reason).toContain("12.3.4");
    expect(parseNumberText("1,94a").kind).toBe("invalid");
    expect(parseNumberText("12万元").kind).toBe("invalid");
  });

  test("words saying an amount does not apply are a dash; a sentence with figures in it is words, not a bad number", () => {
    for (const d of ["单位不需填列", "不需填列", "本单位无需填报", "不适用"]) expect(parseNumberText(d)).toEqual({ kind: "blank", dash: true });
    expect(parseNumberText("2017年”三公“经费预算支出合计4.9万元,比上年增加0.5万元。").kind).toBe("text");
    expect(parseNumberText("三公经费比2014年决算数略有减少,减少0.54万元").kind).toBe("text");
  });
});

describe("parseCellNumber: numeric cells take their unit from the number format", () => {
  test("0.00 rounds the stored double to the printed cents, half up", () => {
    const p = parseCellNumber({ value: 461.495, numberFormat: "0.00" });
    expect(p.kind === "number" && [p.value.toString(), p.unit.toString()]).toEqual(["461.5", "0.01"]);
  });
  test("General shows at least cents", () => {
    const p = parseCellNumber({ value: 63 });
    expect(p.kind === "number" && p.unit.toString()).toBe("0.01");
  });
  test("percent formats give fractions with their printed unit", () => {
    const p = parseCellNumber({ value: 0.95, numberFormat: "0%" });
    expect(p.kind === "number" && [p.value.toString(), p.unit.toString(), p.percent]).toEqual(["0.95", "0.01", true]);
  });
  test("error values are invalid input", () => {
    const p = parseCellNumber({ value: null, error: "#REF!" });
    expect(p.kind).toBe("invalid");
  });
  test("formatDecimals reads decimals of common formats", () => {
    expect(formatDecimals("#,##0.00")).toBe(2);
    expect(formatDecimals("0")).toBe(0);
    expect(formatDecimals("0.0%")).toBe(1);
    expect(formatDecimals("General")).toBeUndefined();
    expect(formatDecimals('#,##0.00"万元";[Red]-#,##0.00')).toBe(2);
  });
});
