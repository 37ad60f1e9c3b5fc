/**
 * A value worked out once from an object and kept by that object (a hidden, read-only property under a private
 * symbol), so it lives and dies with it. Per-workbook indexes (a table's child rows, a sheet's merges) are kept
 * this way rather than in a module-level WeakMap: V8's young-generation collector keeps a WeakMap's values alive
 * even when their key is dead, so every finished workbook's indexes would be copied and promoted until a full
 * collection. The property is not enumerable: spreads, JSON, structured clones and equality checks ignore it, and
 * a copy of the object works its own value out, as it would have as a new WeakMap key.
 */
export class HeldCache<Owner extends object, Value> {
  private readonly slot: symbol;

  constructor(description: string) {
    this.slot = Symbol(description);
  }

  /** The value `owner` holds, made by `make` on the first request. */
  of(owner: Owner, make: (owner: Owner) => Value): Value {
    const held = (owner as { [slot: symbol]: Value | undefined })[this.slot];
    if (held !== undefined) return held;
    const value = make(owner);
    Object.defineProperty(owner, this.slot, { value });
    return value;
  }
}
