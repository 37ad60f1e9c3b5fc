import type { CellSnapshot } from "../snapshot/types";
import type { AmountCell } from "../tables/table-model";
import { formatInfo, parseCellNumber, type ParsedNumber } from "../numbers/parse-number";
import { scaledFromNumberText, type ScaledAmount } from "../numbers/scaled-amount";
import { type Decimal, ZERO } from "../numbers/decimal";
import { cellAddress } from "../snapshot/address";

/**
 * An amount cell of a recognised table. A number printed as stored (465.22 shown with 0.00) carries its exact
 * scaled integer, which is all that checks that hold need; its Decimal value, unit and address are made only
 * when something reads them (a failed check, a message, the narrative).
 */
export class SheetAmount implements AmountCell {
  readonly blank: boolean;
  private parsedNumber?: ParsedNumber;
  private addressText?: string;
  private exactValue?: ScaledAmount | null;

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    private readonly source: CellSnapshot | undefined,
  ) {
    const v = source?.value;
    if (typeof v === "number" && !source?.error && Number.isFinite(v)) {
      this.blank = false;
      return;
    }
    this.parsedNumber = parseCellNumber(source);
    this.blank = this.parsedNumber.kind !== "number";
  }

  /** The exact printed value, read on first use (columns no rule touches never need it). */
  get exact(): ScaledAmount | undefined {
    if (this.exactValue === undefined) {
      const v = this.source?.value;
      this.exactValue = (!this.blank && typeof v === "number" && exactAsPrinted(v, this.source?.numberFormat)) || null;
    }
    return this.exactValue ?? undefined;
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

/** The exact value when the number is printed as stored (no rounding by its format, not a percentage). */
function exactAsPrinted(v: number, format: string | undefined): ScaledAmount | undefined {
  const { decimals, percent } = formatInfo(format);
  if (percent) return undefined;
  const exact = scaledOf(v);
  return exact && (decimals === undefined || exact.scale <= decimals) ? exact : undefined;
}

/** Amounts repeat (a 项 equals its 款, a total its single part): each distinct number is read once. */
const SCALED = new Map<number, ScaledAmount | null>();
const MAX_REMEMBERED = 200_000;

function scaledOf(v: number): ScaledAmount | undefined {
  let known = SCALED.get(v);
  if (known === undefined) {
    known = Number.isSafeInteger(v) ? { units: BigInt(v), scale: 0 } : (scaledFromNumberText(String(v)) ?? null);
    if (SCALED.size >= MAX_REMEMBERED) SCALED.clear();
    SCALED.set(v, known);
  }
  return known ?? undefined;
}
