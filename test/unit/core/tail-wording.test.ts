import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { headlineOf } from "../../../src/core/findings/headline";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { readFixture } from "../../support/fixtures";

/**
 * A rounding tail between one printed figure and the same figure in another table is two different numbers for
 * the public: the card says so; a total against the sum of its parts keeps “无需修改”.
 */
const REAL = join(__dirname, "..", "..", "..", "..", "shared", "real");
const maybe = existsSync(REAL) ? it : it.skip;

describe("the words of a rounding tail", () => {
  it("a total against its parts across tables (达州 表1 D13 against 表2's items) needs no change", async () => {
    const findings = analyzeWorkbook(await readFixture("budget-2023-dazhou.xlsx")).findings;
    const tail = findings.find((f) => f.rule === "XY.Y01-Y03.class" && f.cell === "D13")!;
    expect(headlineOf(tail)).toBe("社会保障和就业支出 408.99 与各项之和 409.00 差 0.01（四舍五入尾差），无需修改，如需一致请调整尾数");
    expect(findings.filter((f) => f.kind === "rounding").every((f) => !headlineOf(f).includes("两表公开数字不同"))).toBe(true);
  });

  maybe("one figure printed in two tables as 236.64 and 236.63 (普陀 规划资源局) says the public sees two numbers", async () => {
    const file = "final-2024-putuo-ghzy.xlsx";
    const findings = analyzeWorkbook(await readWorkbook(readFileSync(join(REAL, file)), file)).findings;
    const tail = findings.find((f) => f.rule === "X.J01-J03.class" && f.sheet === "支出决算表" && f.cell === "C13")!;
    expect(tail).toMatchObject({ kind: "rounding", severity: "warning", actual: "236.64", expected: "236.63" });
    expect(headlineOf(tail)).toBe("卫生健康支出·本年支出合计 236.64 与《收入支出决算总表》210 卫生健康支出 236.63 差 0.01：两表公开数字不同，建议统一尾数");
  });
});
