import type { CellSnapshot } from "../snapshot/types";
import type { AmountCell } from "../tables/table-model";
import { type ParsedNumber } from "../numbers/parse-number";
import { parseCellNumber, storedNumber } from "../snapshot/cell-number";
import { type Decimal, ZERO } from "../numbers/decimal";
import { cellAddress } from "../snapshot/address";

/**
 * An amount cell of a recognised table, a view of its sheet cell: the Decimal value, unit and address are
 * made only when something reads them (a failed check, a message, the narrative).
 */
export class SheetAmount implements AmountCell {
  readonly blank: boolean;
  private parsedNumber?: ParsedNumber;
  private addressText?: string;

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    private readonly source: CellSnapshot | undefined,
  ) {
    if (storedNumber(source) !== undefined) {
      this.blank = false;
      return;
    }
    this.parsedNumber = parseCellNumber(source);
    this.blank = this.parsedNumber.kind !== "number";
  }

  get parsed(): ParsedNumber {
    this.parsedNumber ??= parseCellNumber(this.source);
    return this.parsedNumber;
  }

  get value(): Decimal {
    const p = this.parsed;
    return p.kind === "number" ? p.value : ZERO;
  }

  get unit(): Decimal {
    const p = this.parsed;
    return p.kind === "number" ? p.unit : ZERO;
  }

  get address(): string {
    this.addressText ??= cellAddress(this.row, this.col);
    return this.addressText;
  }
}
