/**
 * What the ES5 loader (src/loader) and the page bundles agree on. Both sides compile this file, so it stays ES5:
 * the loader sets window[LOADER_GLOBAL]; a bundle calls announceStarted() once its modules have run, which tells
 * the loader that the browser could parse and start it (a bundle that never announces itself did not start).
 */
export const LOADER_GLOBAL = "disclosureAssistantLoader";

/** Names the manifest's <FunctionName> elements use for the ribbon's ExecuteFunction buttons. */
export const COMMAND_FUNCTIONS = { check: "checkWorkbook", clear: "clearMarks", report: "auditReport" } as const;

/** The event Office passes to a ribbon function (only what the loader touches). */
export interface CommandEvent {
  completed(): void;
}

export type CommandFunction = (event: CommandEvent) => unknown;

export interface LoaderHandle {
  /**
   * The bundle ran; the commands bundle passes its ribbon functions by name. Returns false when the loader has
   * already said the page cannot run here (the offline page's inline scripts run whatever the loader found).
   */
  started(commands?: { [name: string]: CommandFunction }): boolean;
}

/**
 * Called by each page bundle right after its imports ran; false: the loader has shown why this browser cannot run
 * the page, and the bundle must not render over that message. Without a loader (tests, CLI) it is true.
 */
export function announceStarted(commands?: { [name: string]: CommandFunction }): boolean {
  const loader = typeof window === "undefined" ? undefined : (window as unknown as { [key: string]: LoaderHandle | undefined })[LOADER_GLOBAL];
  return loader ? loader.started(commands) !== false : true;
}
