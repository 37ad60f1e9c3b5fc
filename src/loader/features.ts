/**
 * Browser features the page bundles need, checked before they load. The bundles are ES2020 (BigInt for exact
 * amounts, optional chaining, Promise.allSettled …) and Fluent UI styles with CSS variables; Excel 2016/2019's
 * add-in window is Internet Explorer 11 or EdgeHTML, which have neither. Syntax cannot be tested without eval, so
 * a bundle that fails to parse is caught by the start-up handshake instead (see contract.ts).
 */
export interface Feature {
  /** Shown to the user when missing. */
  name: string;
  present(win: Window): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loader probes untyped browser objects (ES5 library, no DOM extras)
type Loose = { [key: string]: any };

const isFunction = (value: unknown) => typeof value === "function";

export const PAGE_FEATURES: Feature[] = [
  { name: "BigInt", present: (w) => isFunction((w as Loose).BigInt) },
  { name: "Promise.allSettled", present: (w) => isFunction((w as Loose).Promise) && isFunction((w as Loose).Promise.allSettled) },
  { name: "globalThis", present: (w) => typeof (w as Loose).globalThis === "object" },
  { name: "Map / Set / WeakMap", present: (w) => isFunction((w as Loose).Map) && isFunction((w as Loose).Set) && isFunction((w as Loose).WeakMap) },
  { name: "Object.fromEntries", present: (w) => isFunction((w as Loose).Object.fromEntries) },
  { name: "Array.prototype.flatMap", present: (w) => isFunction((w as Loose).Array.prototype.flatMap) },
  { name: "String.prototype.matchAll", present: (w) => isFunction((w as Loose).String.prototype.matchAll) },
  { name: "TextDecoder", present: (w) => isFunction((w as Loose).TextDecoder) },
  { name: "Blob / URL.createObjectURL", present: (w) => isFunction((w as Loose).Blob) && !!(w as Loose).URL && isFunction((w as Loose).URL.createObjectURL) },
  { name: "CSS 变量", present: (w) => !!(w as Loose).CSS && isFunction((w as Loose).CSS.supports) && (w as Loose).CSS.supports("--probe", "0") },
];

/** Names of the features this browser lacks, in the order above (empty when the bundles can run). */
export function missingFeatures(win: Window, features: Feature[] = PAGE_FEATURES): string[] {
  const missing: string[] = [];
  for (let i = 0; i < features.length; i++) {
    let present = false;
    try {
      present = features[i].present(win);
    } catch (e) {
      present = false;
    }
    if (!present) missing.push(features[i].name);
  }
  return missing;
}
