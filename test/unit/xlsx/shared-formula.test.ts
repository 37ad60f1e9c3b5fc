import { shiftFormula } from "../../../src/hosts/xlsx/read/shared-formula";

describe("shiftFormula: a shared formula moved to another cell of its block", () => {
  test.each([
    ["SUM(E8:F8)", 3, 0, "SUM(E11:F11)"],
    ["SUM(E8:F8)", 0, 2, "SUM(G8:H8)"],
    ["$B$2*C8+B$3+$C4", 1, 1, "$B$2*D9+C$3+$C5"],
    ["'表 1'!C3+Sheet2!D4", 2, 0, "'表 1'!C5+Sheet2!D6"],
    ['IF(A1>0,"A1 不变",B1)', 1, 0, 'IF(A2>0,"A1 不变",B2)'],
    ["SUM(A:A)+SUM(3:3)", 1, 1, "SUM(B:B)+SUM(4:4)"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["Table1[金额]+A1", 1, 0, "Table1[金额]+A2"],
    ["A1*1.5E+3+0.5", 4, 0, "A5*1.5E+3+0.5"],
    ["Z1+AA1", 0, 1, "AA1+AB1"],
    ["B2-A1", -1, 0, "B1-#REF!"],
  ])("%s moved by (%i, %i) → %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });

  test("no move, no change", () => {
    expect(shiftFormula("SUM(E8:F8)", 0, 0)).toBe("SUM(E8:F8)");
  });
});
