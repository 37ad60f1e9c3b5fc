import path from "path";
import { buildSync } from "esbuild";
import type { BrowserContext } from "playwright-core";
import type { FakeOfficeConfig } from "./fake-office";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let bundled: string | undefined;

/** fake-office.ts with office-addin-mock, bundled for the browser (once per test file). */
export function fakeOfficeScript(): string {
  bundled ??= buildSync({
    entryPoints: [path.join(__dirname, "fake-office.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
    // office-addin-mock needs only the OfficeApp names from office-addin-manifest (the rest is Node-only).
    alias: { "office-addin-manifest": require.resolve("office-addin-manifest/lib/officeApp.js") },
  }).outputFiles[0].text;
  return bundled;
}

/** Serves the fake Office for the CDN's office.js in this context, reporting `config`. */
export async function useFakeOffice(context: BrowserContext, config: FakeOfficeConfig): Promise<void> {
  await context.addInitScript((c) => ((window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = c), config);
  await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeScript() }));
}
