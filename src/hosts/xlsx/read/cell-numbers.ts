/**
 * Numbers as a worksheet part writes them, read from the XML text in place where possible: cell values
 * (`<v>465.22</v>`), style indexes (`s="5"`), row numbers and shared string indexes.
 */

/** The non-negative integer written in s[start, end), or NaN when it is not one. */
export function digitsAt(s: string, start: number, end: number): number {
  if (start >= end || end - start > 9) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal such as "465.22" or "-3" parsed in place, without making a string: at most 15 digits and no
 * exponent, so mantissa and power of ten are exact doubles and one division rounds correctly — the same number
 * Number("465.22") gives. NaN for anything else (the caller then uses Number).
 */
export function plainNumber(s: string, start: number, end: number): number {
  let i = start;
  const negative = s.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e && scale < 0) {
      scale = 0;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9) return NaN;
    mantissa = mantissa * 10 + d;
    digits++;
    if (scale >= 0) scale++;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
  return negative ? -value : value;
}

/** A number as written in `<v>`, or the text itself when it is not a finite number (the engine then reports it). */
export function numberOrText(v: string): number | string {
  const n = Number(v);
  if (n === 0) return v.trim() === "" ? v : 0;
  return Number.isFinite(n) ? n : v;
}
