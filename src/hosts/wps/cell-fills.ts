import type { Severity } from "../../core/findings/finding";
import { MARK_FILL } from "../marks/cell-marks";
import type { WpsFill } from "./mark-record";
import { XL_PATTERN_NONE, XL_PATTERN_SOLID, type WpsInterior } from "./wps-api";

/** Gradient patterns (xlPatternLinearGradient, xlPatternRectangularGradient): their stops cannot be read back. */
const GRADIENTS = new Set([4000, 4001]);

/**
 * A cell's fill before marking, or undefined when it cannot be restored exactly (a gradient, or a value WPS does not
 * give): such a cell keeps its fill and gets only the comment. Six reads.
 */
export function readFill(interior: WpsInterior): WpsFill | undefined {
  const fill = {
    pattern: interior.Pattern,
    color: interior.Color,
    patternColor: interior.PatternColor,
    tintAndShade: interior.TintAndShade,
    patternTintAndShade: interior.PatternTintAndShade,
  };
  if (Object.values(fill).some((v) => typeof v !== "number") || GRADIENTS.has(fill.pattern!)) return undefined;
  return fill as WpsFill;
}

/** Puts a fill on a cell: "no fill" through the pattern alone, any other fill property by property. */
export function writeFill(interior: WpsInterior, fill: WpsFill): void {
  interior.Pattern = fill.pattern;
  if (fill.pattern === XL_PATTERN_NONE) return;
  interior.Color = fill.color;
  interior.PatternColor = fill.patternColor;
  interior.TintAndShade = fill.tintAndShade;
  interior.PatternTintAndShade = fill.patternTintAndShade;
}

/** The mark's solid fill for a severity: error FFC7CE → 0xCEC7FF in WPS's BGR. */
export function markFill(severity: Severity): WpsFill {
  const color = bgrOf(MARK_FILL[severity]);
  return { pattern: XL_PATTERN_SOLID, color, patternColor: color, tintAndShade: 0, patternTintAndShade: 0 };
}

/** "FFC7CE" (RGB hex) → 0xCEC7FF (BGR, as Interior.Color takes it). */
export function bgrOf(rgb: string): number {
  const value = parseInt(rgb, 16);
  return ((value & 0xff) << 16) | (value & 0xff00) | ((value >> 16) & 0xff);
}
