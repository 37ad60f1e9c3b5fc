import { readFileSync } from "fs";
import path from "path";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";

/** Folder of the committed fixture workbooks (tests never read outside the repo). */
export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** A fixture workbook read by the xlsx host, named as its file. */
export function readFixture(name: string): Promise<WorkbookSnapshot> {
  return readWorkbook(fixtureBytes(name), name);
}
