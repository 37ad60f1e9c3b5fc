import { readFileSync } from "fs";
import path from "path";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { WpsWorkbookHost } from "../../../src/hosts/wps/wps-host";
import type { WpsApplication } from "../../../src/hosts/wps/wps-api";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { loadExcelJs } from "../../support/load-exceljs";
import { fakeApplication, type FakeFeatures, type FakeWpsWorkbook } from "./fake-wps";
import { fromExcelJs } from "./from-exceljs";

/** A WPS host over the fake, as an add-in page would build it over `window.Application`. */
export function wpsHost(workbook: FakeWpsWorkbook | null, features: Partial<FakeFeatures> = {}): WpsWorkbookHost {
  const application = fakeApplication(workbook, features) as WpsApplication;
  return new WpsWorkbookHost({ application: () => application });
}

/** A committed fixture as the xlsx reader sees it and loaded into the fake. */
export async function fixtureInWps(file: string): Promise<{ workbook: FakeWpsWorkbook; expected: WorkbookSnapshot }> {
  const bytes = readFileSync(path.join(__dirname, "../../fixtures", file));
  return { workbook: fromExcelJs(await loadExcelJs(bytes, file), file), expected: await readWorkbook(bytes, file) };
}
