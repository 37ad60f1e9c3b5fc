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
  /** The base64 of each workbook opened with Excel.createWorkbook. */
  created: string[];
  reset(): void;
  host(options?: OfficeHostOptions): OfficeWorkbookHost;
}

/** The document behind the workbook: the bytes Document.getFileAsync hands out, and its URL ("" before it is saved). */
export interface FakeDocument {
  file?: Uint8Array;
  url?: string;
  /** Bytes per slice Excel gives (its own choice, whatever the add-in asks). */
  sliceSize?: number;
}

export function installOffice(state: FakeWorkbookState, excelApi = "1.18", document: FakeDocument = {}): OfficeHarness {
  const harness: OfficeHarness = {
    sessions: [],
    syncs: 0,
    associated: new Map(),
    created: [],
    reset() {
      harness.sessions = [];
      harness.syncs = 0;
    },
    host: (options) => new OfficeWorkbookHost(options),
  };
  const globals = globalThis as Record<string, unknown>;
  const supports = (version: string) => compareVersions(version, excelApi) <= 0;
  globals.Office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supports(version) },
    },
    actions: { associate: (name: string, fn: unknown) => harness.associated.set(name, fn) },
    onReady: async (callback?: () => void) => callback?.(),
  });
  // Plain values, as Office.js has them (office-addin-mock would want a load() before reading a scalar).
  const office = globals.Office as { context: Record<string, unknown> } & Record<string, unknown>;
  office.FileType = { Compressed: "compressed" };
  office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  office.context.document = fakeDocument(document);
  globals.Excel = new OfficeMockObject({
    ...(supports("1.8") ? { createWorkbook: async (base64: string) => void harness.created.push(base64) } : {}),
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

/** Document.getFileAsync as Office.js behaves: one file open at a time, handed out in slices, closed by the add-in. */
function fakeDocument({ file, url = "", sliceSize = 65536 }: FakeDocument) {
  let open = false;
  const done = <T>(callback: (result: unknown) => void, value?: T, error?: string) =>
    callback(error ? { status: "failed", error: new Error(error) } : { status: "succeeded", value });
  return {
    url,
    getFileAsync: (type: string, _options: unknown, callback: (result: unknown) => void) => {
      if (!file || type !== "compressed") return done(callback, undefined, "不支持");
      if (open) return done(callback, undefined, "已有一个文件打开");
      open = true;
      const slices = Math.ceil(file.length / sliceSize);
      done(callback, {
        size: file.length,
        sliceCount: slices,
        getSliceAsync: (index: number, cb: (result: unknown) => void) =>
          done(cb, { index, data: Array.from(file.subarray(index * sliceSize, (index + 1) * sliceSize)), size: sliceSize }),
        closeAsync: (cb?: (result: unknown) => void) => {
          open = false;
          cb?.({ status: "succeeded" });
        },
      });
    },
  };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
