/**
 * Browser features the page bundles need, checked before they load. The bundles' syntax is lowered at build time
 * to the level language-level.json declares (ES2019: webpack.config.js lowers every page script to it, and a test
 * parses every one at that level); the built-ins they need beyond it (BigInt for exact amounts,
 * Promise.allSettled …) and CSS variables for Fluent UI are probed here. Each feature names the first Chromium
 * with it, so the loader accepts exactly Chromium REQUIRED_CHROMIUM and later — every engine that passes can
 * parse the bundles (ES2019 syntax: Chromium 66). Excel 2016/2019's add-in window is Internet Explorer 11 or
 * EdgeHTML, which fail here. Syntax cannot be tested without eval, so a bundle that still fails to parse is
 * caught by the start-up handshake instead (see contract.ts).
 */
export interface Feature {
  /** Shown to the user when missing. */
  name: string;
  /** The first Chromium version that has it (MDN's browser compatibility data). */
  chromium: number;
  present(win: Window): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loader probes untyped browser objects (ES5 library, no DOM extras)
type Loose = { [key: string]: any };

const isFunction = (value: unknown) => typeof value === "function";

export const PAGE_FEATURES: Feature[] = [
  { name: "BigInt", chromium: 67, present: (w) => isFunction((w as Loose).BigInt) },
  { name: "Promise.allSettled", chromium: 76, present: (w) => isFunction((w as Loose).Promise) && isFunction((w as Loose).Promise.allSettled) },
  { name: "globalThis", chromium: 71, present: (w) => typeof (w as Loose).globalThis === "object" },
  {
    name: "Map / Set / WeakMap",
    chromium: 38,
    present: (w) => isFunction((w as Loose).Map) && isFunction((w as Loose).Set) && isFunction((w as Loose).WeakMap),
  },
  { name: "Object.fromEntries", chromium: 73, present: (w) => isFunction((w as Loose).Object.fromEntries) },
  { name: "Array.prototype.flatMap", chromium: 69, present: (w) => isFunction((w as Loose).Array.prototype.flatMap) },
  { name: "String.prototype.matchAll", chromium: 73, present: (w) => isFunction((w as Loose).String.prototype.matchAll) },
  { name: "TextDecoder", chromium: 38, present: (w) => isFunction((w as Loose).TextDecoder) },
  {
    name: "Blob / URL.createObjectURL",
    chromium: 23,
    present: (w) => isFunction((w as Loose).Blob) && !!(w as Loose).URL && isFunction((w as Loose).URL.createObjectURL),
  },
  { name: "CSS 变量", chromium: 49, present: (w) => !!(w as Loose).CSS && isFunction((w as Loose).CSS.supports) && (w as Loose).CSS.supports("--probe", "0") },
];

/** The oldest Chromium that has every feature: the kernel a browser's 极速模式 needs at least. */
export function requiredChromium(features: Feature[] = PAGE_FEATURES): number {
  let required = 0;
  for (let i = 0; i < features.length; i++) if (features[i].chromium > required) required = features[i].chromium;
  return required;
}

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
