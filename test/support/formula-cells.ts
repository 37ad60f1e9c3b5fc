import { cellAddress } from "../../src/core/snapshot/address";
import type { AmountSlot } from "./block";
import type { DraftSheet, WorkbookDraft } from "./workbook-draft";

/**
 * 支出决算表's 本年支出合计 written as a formula over the row's other amounts and saved without its result (as
 * openpyxl and some export tools write it): `simple` = D11+E11+…, which the engine works out; `opaque` =
 * ROUND(…,2), which it does not (such cells stay out of every check).
 */
export type FormulaTotals = "none" | "simple" | "opaque";

export function writeFormulaTotals(draft: WorkbookDraft, amounts: readonly AmountSlot[], style: FormulaTotals): void {
  if (style === "none") return;
  for (const total of amounts) {
    if (total.table !== "J03" || total.column !== "本年支出合计") continue;
    const parts = amounts.filter((a) => a.table === "J03" && a.sheet === total.sheet && a.r === total.r && a !== total);
    const sum = parts.map((p) => cellAddress(p.r, p.c)).join("+");
    const sheet = draft.sheets.find((s) => s.name === total.sheet) as DraftSheet;
    const old = sheet.rows[total.r]?.[total.c];
    sheet.rows[total.r][total.c] = { value: null, numberFormat: old?.numberFormat, formula: style === "simple" ? sum : `ROUND(${sum},2)` };
  }
}
