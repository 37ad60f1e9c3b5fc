import { recognizeTables } from "../../src/core/recognition/recognize";
import { yearEndRecords, type YearEndRecord } from "../../src/core/rules/cross-year";
import { cellAddress } from "../../src/core/snapshot/address";
import { generateWorkbook, setAmount, slotsOf, toSnapshot, toXlsx } from "./generate-workbook";

/**
 * Two years of a generated 决算 set where this year's 年初结转和结余 is last year's 年末 plus 5.00: the workbook
 * (.xlsx), last year's 年末 amounts as the pane keeps them with it, and the cell the carry-over check names.
 */
export async function carryOverYears(): Promise<{ bytes: Uint8Array; yearEnds: YearEndRecord[]; sheet: string; cell: string }> {
  const prior = generateWorkbook({ seed: 31, randomize: false });
  const current = generateWorkbook({ seed: 32, randomize: false });
  const end = slotsOf(prior, "J01", { row: "年末结转和结余" })[0];
  const start = slotsOf(current, "J01", { row: "年初结转和结余" })[0];
  setAmount(current, start, end.cents + 500);
  const fundEnd = slotsOf(prior, "J04", { row: "年末财政拨款结转和结余/一般公共预算财政拨款", column: "合计" })[0];
  setAmount(current, slotsOf(current, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款" })[0], fundEnd.cents);
  const yearEnds = yearEndRecords(recognizeTables(toSnapshot(prior)).tables);
  return { bytes: await toXlsx(current), yearEnds, sheet: start.sheet, cell: cellAddress(start.r, start.c) };
}
