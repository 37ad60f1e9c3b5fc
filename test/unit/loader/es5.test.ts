import { existsSync, readFileSync } from "fs";
import path from "path";
import { parse, type Node } from "acorn";

/**
 * The loader is the one script an old Excel's add-in window (Internet Explorer 11) must run: its built file has to
 * parse as ECMAScript 5, and may not call what ES5 engines lack. Run after `npm run build`.
 */
const LOADER = path.join(__dirname, "../../../dist/loader.js");

/** Globals an ES5 engine does not have; the loader may only test for them as properties (window.BigInt). */
const NOT_IN_ES5 = new Set(["Promise", "BigInt", "Symbol", "Map", "Set", "WeakMap", "Proxy", "Reflect", "fetch", "globalThis", "TextDecoder"]);

/** Every identifier used as a value (not a property name after a dot, not an object key). */
function freeIdentifiers(node: unknown, found: string[] = []): string[] {
  if (!node || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const item of node) freeIdentifiers(item, found);
    return found;
  }
  const n = node as Node & Record<string, unknown>;
  if (n.type === "Identifier") found.push(n.name as string);
  for (const [key, value] of Object.entries(n)) {
    if (n.type === "MemberExpression" && key === "property" && !n.computed) continue;
    if (n.type === "Property" && key === "key" && !n.computed) continue;
    freeIdentifiers(value, found);
  }
  return found;
}

describe("dist/loader.js", () => {
  const source = existsSync(LOADER) ? readFileSync(LOADER, "utf8") : "";

  it("exists (run `npm run build` first) and is small", () => {
    expect(source.length).toBeGreaterThan(1000);
    expect(source.length).toBeLessThan(20_000);
  });

  it("parses as ECMAScript 5", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("would not parse as ES5 if it used an arrow function (the check is real)", () => {
    expect(() => parse(`${source}\nvar f = () => 1;`, { ecmaVersion: 5, sourceType: "script" })).toThrow(/Unexpected token/);
  });

  it("uses no ES2015+ global as a value", () => {
    const used = freeIdentifiers(parse(source, { ecmaVersion: 5, sourceType: "script" }));
    expect(used.filter((name) => NOT_IN_ES5.has(name))).toEqual([]);
  });
});
