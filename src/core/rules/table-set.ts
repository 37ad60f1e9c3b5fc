import type { TableModel, TableRow } from "../tables/table-model";
import { TABLE_KINDS } from "../recognition/table-kinds";
import { matchTableKind } from "../recognition/titles";
import { compact } from "../text/normalize";
import { HeldCache } from "../cache/held-cache";

/**
 * The tables of one reporting unit (one department's set), looked up by title, with rows indexed by key,
 * code and name. A workbook holding many units (a county's 汇总) gives one set per 部门 line, or per
 * repetition of the table set when the lines are absent.
 */
export class TableSet {
  private readonly byKind = new Map<string, TableModel>();
  /**
   * Per table looked up (a set's few tables, found by reading the list): its rows' names read in order (a small
   * table), or its row indexes (a larger one). Lists, not a map: a county makes hundreds of sets, each map grown anew.
   */
  private readonly indexedTables: TableModel[] = [];
  private readonly rowIndexes: RowIndexes[] = [];
  /** The table last looked up and its indexes: a rule asks one table at place after place. */
  private lastTable: TableModel | undefined;
  private lastIndexes: RowIndexes | undefined;

  /**
   * `tables`: the set's own tables, each checked by the rules scoped on it; `borrowed`: tables of the same unit's
   * first set that this one lacks (a second copy of one table is checked against the unit's other tables).
   */
  constructor(
    readonly tables: TableModel[],
    borrowed: readonly TableModel[] = [],
  ) {
    for (const t of tables) if (!this.byKind.has(t.kind.id)) this.byKind.set(t.kind.id, t);
    for (const t of borrowed) if (!this.byKind.has(t.kind.id)) this.byKind.set(t.kind.id, t);
  }

  /** The table is the set's own (not borrowed): rules scoped on it are checked in this set. */
  owns(table: TableModel): boolean {
    return this.tables.includes(table);
  }

  /**
   * Table by standard title, alias or kind id. The name is told once for every set (kindIdFor remembers it): a set
   * keeps no map of names, which every one of a county's hundreds of sets would fill with the same few names.
   */
  table(name: string): TableModel | undefined {
    const id = kindIdFor(name);
    return id ? this.byKind.get(id) : undefined;
  }

  /** Rows with this key, code or name (in that order of preference). */
  rows(table: TableModel, name: string): readonly TableRow[] {
    const hit = this.lookup(table, name);
    return hit === undefined ? [] : Array.isArray(hit) ? hit : [hit];
  }

  /** Among rows so named, the one that has the column (asked at every place of every rule: no list is made). */
  rowWith(table: TableModel, rowName: string, column: string): TableRow | undefined {
    const hit = this.lookup(table, rowName);
    if (hit === undefined || !Array.isArray(hit)) return hit?.cells.has(column) ? hit : undefined;
    for (const row of hit) if (row.cells.has(column)) return row;
    return undefined;
  }

  /**
   * Rows whose key is the name, else whose code is, else whose name is: a row or, when several, their list. Every
   * place of a rule asks the same few names of a table, so each name's answer is kept (null: no row).
   */
  private lookup(table: TableModel, name: string): TableRow | TableRow[] | undefined {
    const indexes = this.indexesOf(table);
    const found = (indexes.found ??= new Map());
    const known = found.get(name);
    if (known !== undefined) return known ?? undefined;
    const hit = this.find(indexes, table, compact(name));
    found.set(name, hit ?? null);
    return hit;
  }

  private find(indexes: RowIndexes, table: TableModel, c: string): TableRow | TableRow[] | undefined {
    if (!c) return undefined;
    if (table.rows.length <= SCANNED_ROWS) return scan(indexes, table, "key", c) ?? scan(indexes, table, "code", c) ?? scan(indexes, table, "name", c);
    return this.index(indexes, table, "key").get(c) ?? this.index(indexes, table, "code").get(c) ?? this.index(indexes, table, "name").get(c);
  }

  /** The row of `table` that corresponds to `row` of another table: same key, else same code, else same name. */
  matchRow(table: TableModel, row: TableRow, column: string): TableRow | undefined {
    return this.rowWith(table, row.key, column) ?? (row.code ? this.rowWith(table, row.code, column) : undefined) ?? this.rowWith(table, row.name, column);
  }

  hasColumn(table: TableModel, column: string): boolean {
    return table.columns.some((c) => c.key === column);
  }

  /** A table's row indexes, looked up once per lookup (most lookups hit keys; the others are built when first asked). */
  private indexesOf(table: TableModel): RowIndexes {
    if (table === this.lastTable && this.lastIndexes) return this.lastIndexes;
    const at = this.indexedTables.indexOf(table);
    let indexes = at < 0 ? undefined : this.rowIndexes[at];
    if (!indexes) {
      indexes = {};
      this.indexedTables.push(table);
      this.rowIndexes.push(indexes);
    }
    this.lastTable = table;
    this.lastIndexes = indexes;
    return indexes;
  }

  /**
   * Rows of a table by key, code or name, the index built when first needed. A lookup asks the code index only for a
   * name no key has, and the name index only for a name no key and no code has (so each is built only after those
   * before it): a code or name that a key (or code) already holds is never read there and is left out.
   */
  private index(indexes: RowIndexes, table: TableModel, by: keyof typeof ROW_NAMES): RowIndex {
    let index = indexes[by];
    if (!index) {
      index = new Map();
      const { key, code } = indexes;
      for (const row of table.rows) {
        const name = ROW_NAMES[by](row);
        if (name && !key?.has(name) && !code?.has(name)) addTo(index, name, row);
      }
      indexes[by] = index;
    }
    return index;
  }
}

/** How a row is named in each index (keys and names compacted as references are). */
const ROW_NAMES = {
  key: (row: TableRow) => compact(row.key),
  code: (row: TableRow) => row.code,
  name: (row: TableRow) => compact(row.name),
};

/** Name → its row, or its rows when several share the name (most names are unique: no array for them). */
type RowIndex = Map<string, TableRow | TableRow[]>;
type Naming = keyof typeof ROW_NAMES;
type RowIndexes = Partial<Record<Naming, RowIndex>> & {
  names?: Partial<Record<Naming, readonly (string | undefined)[]>>;
  /** Each name asked, as lookup answered it. */
  found?: Map<string, TableRow | TableRow[] | null>;
};

/**
 * Tables up to this many rows (nearly every table of a unit) are looked up by reading their rows' names in order:
 * a few comparisons, where an index would make a hash table of every row per table and per naming.
 */
const SCANNED_ROWS = 64;

/** Rows of a small table named `c` under `by` (its names listed once, when first asked), in table order. */
function scan(indexes: RowIndexes, table: TableModel, by: Naming, c: string): TableRow | TableRow[] | undefined {
  const names = (indexes.names ??= {});
  const list = (names[by] ??= table.rows.map(ROW_NAMES[by]));
  let hit: TableRow | TableRow[] | undefined;
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== c) continue;
    const row = table.rows[i];
    if (hit === undefined) hit = row;
    else if (Array.isArray(hit)) hit.push(row);
    else hit = [hit, row];
  }
  return hit;
}

function addTo(map: RowIndex, key: string, row: TableRow): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, row);
  else if (Array.isArray(known)) known.push(row);
  else map.set(key, [known, row]);
}

const KIND_BY_NAME = new Map<string, string>();
for (const kind of TABLE_KINDS) {
  KIND_BY_NAME.set(kind.id, kind.id);
  for (const t of kind.titles) KIND_BY_NAME.set(compact(t), kind.id);
}

/** Names already told, null for none: the rules name the same few tables at every place of every unit. */
const KIND_ID_OF = new Map<string, string | null>();
const MAX_NAMES = 10_000;

export function kindIdFor(name: string): string | undefined {
  const known = KIND_ID_OF.get(name);
  if (known !== undefined) return known ?? undefined;
  const id = KIND_BY_NAME.get(compact(name)) ?? KIND_BY_NAME.get(name) ?? matchTableKind(name)?.id;
  if (KIND_ID_OF.size >= MAX_NAMES) KIND_ID_OF.clear();
  KIND_ID_OF.set(name, id ?? null);
  return id;
}

/**
 * Groups tables into reporting units: by 部门 line when every table has one, else by repetition order. Within one
 * 部门, a second copy of a table (a copied sheet, a draft beside the final) makes a second set that borrows the
 * unit's other tables: every copy is checked.
 */
export function groupIntoSets(tables: TableModel[]): TableSet[] {
  return SETS.of(tables, groupSets);
}

/** A list of tables grouped once: the rules, the missing-table check and the carry-over check group the same list. */
const SETS = new HeldCache<readonly TableModel[], TableSet[]>("table sets");

function groupSets(tables: readonly TableModel[]): TableSet[] {
  const units = byDepartment(tables);
  if (!units) return byRepetition(tables).map((list) => new TableSet(list));
  const sets: TableSet[] = [];
  for (const unit of units) {
    const copies = byRepetition(unit);
    for (let i = 0; i < copies.length; i++) sets.push(new TableSet(copies[i], i > 0 ? copies[0] : []));
  }
  return sets;
}

/** Tables by their 部门 line, when every table has one. */
export function byDepartment(tables: readonly TableModel[]): TableModel[][] | undefined {
  if (tables.length === 0 || !tables.every((t) => t.department)) return undefined;
  const groups = new Map<string, TableModel[]>();
  for (const t of tables) {
    const list = groups.get(t.department ?? "");
    if (list) list.push(t);
    else groups.set(t.department ?? "", [t]);
  }
  return [...groups.values()];
}

/** The n-th table of each kind goes to the n-th set. */
function byRepetition(tables: readonly TableModel[]): TableModel[][] {
  const sets: TableModel[][] = [];
  const seen = new Map<string, number>();
  for (const t of tables) {
    const n = seen.get(t.kind.id) ?? 0;
    seen.set(t.kind.id, n + 1);
    (sets[n] ??= []).push(t);
  }
  return sets;
}
