import type { NarrativeSection, PageFiles, PaneEngine } from "./engine";

/**
 * The pane's engine (the composition root shared by taskpane.tsx, app.tsx and the WPS pane). src/core is loaded on
 * first use from ./engine-core (a chunk of its own, fetched while the pane first renders); file reading and the
 * Word writer come from the page, so they stay out of the first download too.
 */
export function createEngine(files: PageFiles): PaneEngine {
  const core = () => import(/* webpackChunkName: "engine" */ "./engine-core");
  void core(); // start fetching now; the first check no longer waits for it
  return {
    analyze: async (snapshot, settings, others) => (await core()).analyze(snapshot, settings, others),
    narrate: async (analysis, request) => (await core()).narrate(analysis, request),
    priorFromWorkbook: async (bytes, name, analysis, request, accept) => (await core()).priorFromWorkbook(files, bytes, name, analysis, request, accept),
    budgetFromWorkbook: async (bytes, name, analysis, accept) => (await core()).budgetFromWorkbook(files, bytes, name, analysis, accept),
    wordDocument: (title: string, sections: readonly NarrativeSection[]) => files.writeDocx({ title, sections }),
  };
}
