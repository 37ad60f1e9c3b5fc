import { readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { draftToSnapshot, type DraftCell } from "./workbook-draft";

/**
 * Real tables typed by hand from published pages (test/fixtures/tables/*.json, README there) written as .xlsx in
 * their published layout: one sheet, the rows as printed, merged header cells as printed. A cell whose text is a
 * printed number (“1.70”, “-113”, “16,745.59”, “-7.03%”) becomes that number with a format showing it exactly as
 * printed; every other cell stays text. Run as a script to (re)write the .xlsx files beside the data.
 */

export interface PublishedProblem {
  cell: string;
  printed: string;
  expected: string;
  why: string;
  /** Other cells an error may name instead, when the table alone cannot say which figure is wrong. */
  alsoAt?: string[];
}

/** A figure changed by hand for a test: the error it must give, at one of `errorAt`. */
export interface PlantedChange {
  cell: string;
  printed: string;
  errorAt: string[];
}

export interface PublishedTable {
  source: string;
  region: string;
  unit: string;
  year: number;
  kind: string;
  note?: string;
  checks: string[];
  problems: PublishedProblem[];
  /** Cells where a warning is right (checked by hand); when given, no warning may stand elsewhere. */
  warnings?: { cell: string; why: string }[];
  plants?: PlantedChange[];
  merges?: string[];
  rows: string[][];
}

export const TABLES_FOLDER = path.join(__dirname, "..", "fixtures", "tables");

const PRINTED_NUMBER = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

interface PrintedNumber {
  value: number;
  format: string;
}

/** The number a printed cell shows and the format that prints it the same way; undefined for words. */
export function printedNumber(text: string): PrintedNumber | undefined {
  const m = PRINTED_NUMBER.exec(text.trim());
  if (!m) return undefined;
  const [, sign, whole, fraction = "", percent] = m;
  const grouped = whole.includes(",");
  const digits = `${sign}${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`;
  const decimals = fraction ? `.${"0".repeat(fraction.length)}` : "";
  const format = `${grouped ? "#,##0" : "0"}${decimals}${percent}`;
  // The number Excel would store for the printed figure: percent cells hold the fraction.
  const value = percent ? Number(`${digits}e-2`) : Number(digits);
  return { value, format };
}

export function readPublishedTable(id: string): PublishedTable {
  return JSON.parse(readFileSync(path.join(TABLES_FOLDER, `${id}.json`), "utf8")) as PublishedTable;
}

export function publishedTableIds(): string[] {
  return readdirSync(TABLES_FOLDER)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/** The table with one printed cell changed (“C5” → “85”). */
export function withPlant(table: PublishedTable, plant: PlantedChange): PublishedTable {
  const m = /^([A-Z])(\d+)$/.exec(plant.cell);
  if (!m) throw new Error(`plant cell ${plant.cell}`);
  const [r, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
  return { ...table, rows: table.rows.map((row, i) => (i === r ? row.map((text, j) => (j === c ? plant.printed : text)) : row)) };
}

/** The table's printed cells as a snapshot (no .xlsx written; merged header cells left out), for checking it in memory. */
export function publishedTableCells(table: PublishedTable): WorkbookSnapshot {
  const cell = (text: string): DraftCell | undefined => {
    if (text === "") return undefined;
    const number = printedNumber(text);
    return number ? { value: number.value, numberFormat: number.format } : { value: text };
  };
  return draftToSnapshot({ name: "t.xlsx", sheets: [{ name: "Sheet1", rows: table.rows.map((r) => r.map(cell)), merges: [] }] });
}

export async function publishedTableXlsx(table: PublishedTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = workbook.addWorksheet("Sheet1");
  table.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === "") return;
      const cell = sheet.getCell(r + 1, c + 1);
      const number = printedNumber(text);
      if (!number) {
        cell.value = text;
        return;
      }
      cell.value = number.value;
      cell.numFmt = number.format;
    });
  });
  for (const range of table.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function writeAll(): Promise<void> {
  for (const id of publishedTableIds()) {
    writeFileSync(path.join(TABLES_FOLDER, `${id}.xlsx`), await publishedTableXlsx(readPublishedTable(id)));
    console.log(`${id}.xlsx`);
  }
}

if (require.main === module) void writeAll();
