import { recognizeTables } from "../../src/core/recognition/recognize";
import { yearEndRecords, type YearEndRecord } from "../../src/core/rules/cross-year";
import { cellAddress } from "../../src/core/snapshot/address";
import { generateWorkbook, setAmount, slotsOf, toSnapshot, toXlsx } from "./generate-workbook";

/**
 * Two years of a generated 决算 set where this year's 年初结转和结余 is last year's 年末 plus 5.00 — last year's 年末 is
 * set, so this year's workbook stays whole and the carry-over check is its only finding at that cell: the workbook
 * (.xlsx), last year's 年末 amounts as the pane keeps them with it, the cell the check names and the sentence it says.
 */
export async function carryOverYears(): Promise<{ bytes: Uint8Array; yearEnds: YearEndRecord[]; sheet: string; cell: string; says: string }> {
  const prior = generateWorkbook({ seed: 31, randomize: false });
  const current = generateWorkbook({ seed: 32, randomize: false });
  const start = slotsOf(current, "J01", { row: "年初结转和结余" })[0];
  setAmount(prior, slotsOf(prior, "J01", { row: "年末结转和结余" })[0], start.cents - 500);
  const fundStart = slotsOf(current, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款" })[0];
  setAmount(prior, slotsOf(prior, "J04", { row: "年末财政拨款结转和结余/一般公共预算财政拨款", column: "合计" })[0], fundStart.cents);
  const yearEnds = yearEndRecords(recognizeTables(toSnapshot(prior)).tables);
  const says = `年初结转和结余 ${yuan(start.cents)} 与上年年末数 ${yuan(start.cents - 500)} 不一致`;
  return { bytes: await toXlsx(current), yearEnds, sheet: start.sheet, cell: cellAddress(start.r, start.c), says };
}

/** Cents as the finding prints 万元 amounts: “236.96”. */
const yuan = (cents: number) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
