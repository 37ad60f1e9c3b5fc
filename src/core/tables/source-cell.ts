import type { Decimal } from "../numbers/decimal";

/** One cell as read: address, text as shown, and the 0-based position. */
export interface SourceCell {
  sheet: string;
  row: number;
  col: number;
  /** "K7" (the top-left cell when the cell belongs to a merged area). */
  address: string;
  /** Text as the accountant reads it ("≥90%", "1.74万元", "优"); numbers as printed. */
  text: string;
}

/** A cell read as a number (权重, 得分, amounts, rates as fractions). */
export interface NumberCell extends SourceCell {
  /** Undefined for blank, dash or text. */
  value?: Decimal;
  /** Last printed unit (0.01 for two decimals). */
  unit?: Decimal;
}
