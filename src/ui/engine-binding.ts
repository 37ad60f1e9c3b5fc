import type { PageFiles, PaneEngine, WrittenSection } from "./engine";
import packageJson from "../../package.json";

/**
 * The pane's engine (the composition root shared by taskpane.tsx, app.tsx and the WPS pane): the core use case
 * (src/core/session), loaded on first use as a chunk of its own (fetched while the pane first renders); file
 * reading and the Word writer come from the page, so they stay out of the first download too.
 */
export function createEngine(files: PageFiles): PaneEngine {
  const core = () => import(/* webpackChunkName: "engine" */ "../core/session");
  void core(); // start fetching now; the first check no longer waits for it
  return {
    analyze: async (snapshot, config, others = {}) => (await core()).checkWorkbook(snapshot, config, others),
    narrate: async (analysis, config, inputs) => (await core()).narrate(analysis, config, inputs),
    priorFromWorkbook: async (bytes, name, analysis, config, accept = false) => {
      const snapshot = await files.readWorkbook(bytes, name);
      const session = await core();
      if (!accept) session.refuseOtherWorkbook(snapshot, analysis, "prior");
      return { ...session.priorFromWorkbook(snapshot, analysis, config), snapshot };
    },
    budgetFromWorkbook: async (bytes, name, analysis, accept = false) => {
      const snapshot = await files.readWorkbook(bytes, name);
      const session = await core();
      const figures = session.budgetFiguresFromWorkbook(snapshot);
      if (analysis && !accept) session.refuseOtherWorkbook(snapshot, analysis, "budget");
      return { figures, snapshot };
    },
    wordDocument: (title: string, sections: readonly WrittenSection[]) => files.writeDocx({ title, sections }),
    auditReport: async (analysis, review, file, format) => {
      const { buildAuditReport, printedTime } = await import(/* webpackChunkName: "engine" */ "../core/audit/report");
      const facts = {
        unit: analysis.unit,
        year: analysis.year,
        file: file.name,
        digest: file.digest,
        checkedAt: printedTime(new Date()),
        version: packageJson.version,
      };
      const report = buildAuditReport({ facts, tables: analysis.tables, unrecognized: analysis.unrecognized, checks: analysis.checks, review });
      return files.writeAuditReport(report, format);
    },
  };
}
