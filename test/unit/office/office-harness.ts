/**
 * Installs office-addin-mock objects as the globals `Office` and `Excel`: Office.context.requirements answers for a
 * chosen ExcelApi version, Office.actions.associate records the ribbon's functions, and Excel.run hands each batch an
 * office-addin-mock RequestContext whose workbook is the grid-backed fake (fake-excel.ts) and whose sync is counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbookHost, type OfficeHostOptions } from "../../../src/hosts/office/office-host";
import { FakeSession, type FakeWorkbookState } from "./fake-excel";

export interface OfficeHarness {
  /** Sessions (Excel.run calls) since the last reset. */
  sessions: FakeSession[];
  /** context.sync() calls since the last reset, counted on the office-addin-mock context. */
  syncs: number;
  /** Functions registered through Office.actions.associate. */
  associated: Map<string, unknown>;
  reset(): void;
  host(options?: OfficeHostOptions): OfficeWorkbookHost;
}

export function installOffice(state: FakeWorkbookState, excelApi = "1.18"): OfficeHarness {
  const harness: OfficeHarness = {
    sessions: [],
    syncs: 0,
    associated: new Map(),
    reset() {
      harness.sessions = [];
      harness.syncs = 0;
    },
    host: (options) => new OfficeWorkbookHost(options),
  };
  const globals = globalThis as Record<string, unknown>;
  globals.Office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && compareVersions(version, excelApi) <= 0 },
    },
    actions: { associate: (name: string, fn: unknown) => harness.associated.set(name, fn) },
    onReady: async (callback?: () => void) => callback?.(),
  });
  globals.Excel = new OfficeMockObject({
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      const session = new FakeSession(state);
      harness.sessions.push(session);
      const context = new OfficeMockObject({ application: { suspendScreenUpdatingUntilNextSync: () => undefined } }) as unknown as Record<string, unknown>;
      const mockSync = (context.sync as () => Promise<void>).bind(context);
      context.workbook = session.workbook;
      context.sync = async () => {
        await mockSync();
        harness.syncs++;
        session.sync();
      };
      return batch(context);
    },
  });
  return harness;
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
