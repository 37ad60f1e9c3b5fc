/**
 * Runs IN THE BROWSER in place of office.js (served for the CDN address by page.route): an office-addin-mock
 * Office that reports the host and ExcelApi version the test chose in window.__fakeOfficeConfig, records dialogs
 * and ribbon registrations in window.__fakeOffice, and is ready at once; and an Excel whose workbook has only its
 * settings (what the pane reads on its first screen). Bundled by ./fake-office-script.ts.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface FakeOfficeConfig {
  /** Highest ExcelApi "1.x" the host supports ("1.1" = Excel 2016). */
  excelApi: string;
  /** "Excel" inside Excel; null in a plain browser tab. */
  host: "Excel" | null;
}

export interface FakeOfficeRecord {
  dialogs: string[];
  associated: string[];
  /** Simulates the user closing every open dialog. */
  closeDialogs(): void;
}

const w = window as unknown as { __fakeOfficeConfig?: FakeOfficeConfig; __fakeOffice?: FakeOfficeRecord; Office?: unknown; Excel?: unknown };
const config: FakeOfficeConfig = w.__fakeOfficeConfig ?? { excelApi: "1.18", host: "Excel" };
const closeHandlers: (() => void)[] = [];
const record: FakeOfficeRecord = {
  dialogs: [],
  associated: [],
  closeDialogs: () => closeHandlers.splice(0).forEach((handler) => handler()),
};
w.__fakeOffice = record;

const minor = (version: string) => Number(version.split(".")[1]);

w.Office = new OfficeMockObject(
  {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          (name === "ExcelApi" && minor(version) <= minor(config.excelApi)) || (name === "DialogApi" && version === "1.1"),
      },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          record.dialogs.push(url);
          callback({ status: "succeeded", value: { addEventHandler: (_type: string, handler: () => void) => closeHandlers.push(handler) } });
        },
      },
    },
    actions: { associate: (name: string) => record.associated.push(name) },
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: config.host, platform: config.host ? "PC" : null };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
  },
  "excel" as never,
);

/** workbook.settings [ExcelApi 1.4], empty at first; every other workbook call fails as on a host without it. */
const settings = new Map<string, unknown>();
w.Excel = new OfficeMockObject(
  {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      const context = new OfficeMockObject({}, "excel" as never) as unknown as Record<string, unknown>;
      context.workbook = {
        settings: {
          getItemOrNullObject: (key: string) => ({
            isNullObject: !settings.has(key),
            value: settings.get(key),
            load() {
              return this;
            },
          }),
          add: (key: string, value: unknown) => settings.set(key, value),
        },
      };
      return batch(context);
    },
  },
  "excel" as never,
);
