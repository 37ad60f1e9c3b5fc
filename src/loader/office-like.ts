/**
 * The few members of Office.js the loader touches, typed here so the loader needs no @types/office-js (whose
 * declarations assume ES2015). office.js provides them on every Office version since 2016.
 */
export interface OfficeLike {
  onReady?(callback: (info: ReadyInfo) => void): unknown;
  initialize?: (reason: unknown) => void;
  context?: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    ui?: { displayDialogAsync?(url: string, options: DialogOptions, callback?: (result: unknown) => void): void };
  };
  actions?: { associate?(name: string, fn: (event: unknown) => unknown): void };
}

/** Office.onReady's argument: host "Excel" inside Excel, null in a plain browser. */
export interface ReadyInfo {
  host?: string | null;
  platform?: string | null;
}

export interface DialogOptions {
  height: number;
  width: number;
  displayInIframe?: boolean;
}

/** window.Office, when office.js loaded. */
export function officeOf(win: Window): OfficeLike | undefined {
  const office = (win as unknown as { Office?: OfficeLike }).Office;
  return office && typeof office === "object" ? office : undefined;
}

/**
 * Calls back once Office is ready: Office.onReady where it exists, else the older Office.initialize hook (which
 * receives no host information).
 */
export function whenOfficeReady(office: OfficeLike, callback: (info: ReadyInfo) => void): void {
  if (typeof office.onReady === "function") {
    office.onReady(callback);
    return;
  }
  office.initialize = function () {
    callback({ host: "Excel" });
  };
}
