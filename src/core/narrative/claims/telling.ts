import type { Decimal } from "../../numbers/decimal";
import type { Telling } from "./culprit";
import type { Judged } from "./judged";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * Weighing a broken sum, the relations that tell an amount's printed value from the one the sum gives it (`at`). An amount
 * whose line is copied from another item (./restatement.ts) is told by nothing of its own line.
 */
export function tellingRelations(reading: Reading, copied: (m: Mention) => boolean) {
  // a relation through a rate (a total's own change with its rate only, a share) holds anywhere within the rate's
  // rounding: it speaks for the amount only where it holds as printed and breaks with the amount at the value the broken
  // sum gives it (石鼓 2019: “收入完成36125万元,…较上年增收2719万元,增长8.14%”, its parts giving 36485 — 2719 ÷ 33766 = 8.05%)
  const telling = (m: Mention, at: Decimal | undefined, relations: readonly Telling[]): Judged[] => {
    if (!at || copied(m)) return [];
    const told = relations.find((r) => r.holds() && !reading.readAt(m, at, r.holds));
    return told ? [{ standing: "confirmed", by: told.by() }] : [];
  };
  // the mirror: a relation of its own — a sum it is the total of, its own change with its rate only or against a prior
  // stated with it — that breaks as printed and holds at the value the broken sum gives it accuses the amount (三门 公安
  // 2020: 财政拨款收入 24,970.34 in 本年收入合计 25,031.67, its own 24,399.59 + 540.75 + 0 = 24,940.34 = 25,031.67 − 91.33;
  // 周至 2023: 县级收入 typed 35751 over 税收 18319 + 非税 13432, “较上年28899万元增长9.9%” holding at 31751). A share is no such relation:
  // one of the broken sum's total holds at either figure's correction alike (99.64% of 25,031.67 or of 25,061.67)
  const accusing = (m: Mention, at: Decimal | undefined, relations: readonly Telling[]): Judged[] => {
    if (!at || copied(m)) return [];
    const accuser = relations.find((r) => !r.holds() && reading.readAt(m, at, r.holds));
    return accuser ? [{ standing: "accused", by: accuser.by() }] : [];
  };
  return { telling, accusing };
}
