import { analyzeWorkbook } from "../../../src/core/analysis";
import { headlineOf } from "../../../src/core/findings/headline";
import { cellAddress } from "../../../src/core/snapshot/address";
import { generateWorkbook, setAmount, slotsOf, toSnapshot } from "../../support/generate-workbook";

/**
 * An error between one cell and one other, with no other check to tell which is wrong, names both: the first as
 * “应为”, the other as “或 … 应为”, and says they are equally likely.
 */
describe("one cell against one other: both named", () => {
  // Two cells that differ in a consistent set (the total carry-over includes other money than 一般公共预算): a rule
  // that holds them equal fails at one place, and nothing else tells which of the two is wrong.
  const RULE = `rule Z.carry error 测试：收入支出决算总表 年初结转和结余 = 财政拨款收入支出决算总表 年初一般公共预算结转
  in 收入支出决算总表
  check [年初结转和结余, 金额] = 财政拨款收入支出决算总表[年初财政拨款结转和结余/一般公共预算财政拨款, 金额]
`;

  test("the headline gives both corrections", () => {
    const wb = generateWorkbook({ seed: 7, randomize: false });
    const total = slotsOf(wb, "J01", { row: "年初结转和结余" })[0];
    const fiscal = slotsOf(wb, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款", column: "金额" })[0];
    expect(total.cents).toBeGreaterThan(fiscal.cents);
    const found = analyzeWorkbook(toSnapshot(wb), { extraRules: RULE }).findings.filter((f) => f.rule === "Z.carry");
    const a = (total.cents / 100).toFixed(2);
    const b = (fiscal.cents / 100).toFixed(2);
    const more = ((total.cents - fiscal.cents) / 100).toFixed(2);
    expect(found.map((f) => [f.severity, f.cell, f.actual, f.expected])).toEqual([["error", cellAddress(total.r, total.c), a, b]]);
    expect(headlineOf(found[0])).toBe(
      `收入支出决算总表 ${cellAddress(total.r, total.c)} 年初结转和结余 填 ${a}，应为 ${b}（多 ${more}）；或《财政拨款收入支出决算总表》${cellAddress(fiscal.r, fiscal.c)} 一般公共预算财政拨款 应为 ${a}（两处同样可能，请核对）`,
    );
  });

  test("a total against its parts keeps one correction (the total)", () => {
    const wb = generateWorkbook({ seed: 7, randomize: false });
    const slot = slotsOf(wb, "J01", { row: "本年收入合计" })[0];
    setAmount(wb, slot, slot.cents + 100);
    const found = analyzeWorkbook(toSnapshot(wb)).findings.filter((f) => f.cell === cellAddress(slot.r, slot.c) && f.severity === "error");
    expect(found.length).toBe(1);
    expect(headlineOf(found[0])).not.toContain("两处同样可能");
  });
});
