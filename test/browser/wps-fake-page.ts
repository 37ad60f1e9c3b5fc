/**
 * Runs in the browser before the add-in's own script (bundled by esbuild in wps.test.ts): gives the page the global
 * `Application` WPS would give it, backed by the WPS fake over the workbook in window.__WPS_WORKBOOK__.
 */
import { FakeAddinSession, fakeApplication, FakeWpsWorkbook } from "../unit/wps/fake-wps";

const page = window as unknown as { __WPS_WORKBOOK__: string; Application: unknown; __wps: { workbook: FakeWpsWorkbook; session: FakeAddinSession } };
const workbook = FakeWpsWorkbook.fromJson(page.__WPS_WORKBOOK__);
const session = new FakeAddinSession();
page.Application = fakeApplication(workbook, {}, session);
page.__wps = { workbook, session };
