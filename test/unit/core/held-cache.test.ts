import { HeldCache } from "../../../src/core/cache/held-cache";

describe("HeldCache: a value kept by the object it was worked out from", () => {
  test("is made once per object and given back to every later request", () => {
    const cache = new HeldCache<{ rows: number[] }, number[]>("doubled");
    const made: number[][] = [];
    const make = (owner: { rows: number[] }) => {
      const doubled = owner.rows.map((r) => r * 2);
      made.push(doubled);
      return doubled;
    };
    const table = { rows: [1, 2, 3] };
    const first = cache.of(table, make);
    expect(first).toEqual([2, 4, 6]);
    expect(cache.of(table, make)).toBe(first);
    expect(made).toHaveLength(1);

    const other = { rows: [5] };
    expect(cache.of(other, make)).toEqual([10]);
    expect(made).toHaveLength(2);
  });

  test("leaves the object's keys, JSON and equality as they were; a copy works its own value out", () => {
    const cache = new HeldCache<{ name: string }, string[]>("letters");
    const sheet = { name: "表1" };
    const letters = cache.of(sheet, (s) => [...s.name]);
    expect(Object.keys(sheet)).toEqual(["name"]);
    expect(JSON.stringify(sheet)).toBe('{"name":"表1"}');
    expect(sheet).toStrictEqual({ name: "表1" });

    const copy = { ...sheet };
    const copied = cache.of(copy, (s) => [...s.name]);
    expect(copied).toEqual(letters);
    expect(copied).not.toBe(letters);
  });

  test("two caches on one object keep their own values", () => {
    const rows = new HeldCache<object, string>("rows");
    const codes = new HeldCache<object, string>("codes");
    const owner = {};
    expect(rows.of(owner, () => "行")).toBe("行");
    expect(codes.of(owner, () => "编码")).toBe("编码");
    expect(rows.of(owner, () => "again")).toBe("行");
  });
});
