import type { PageFiles, PaneEngine, WrittenSection } from "./engine";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import { packSnapshot, unpackSnapshot, type PackedSnapshot } from "../core/snapshot/packed-snapshot";
import { WorkerConnection, type EngineConnection } from "./engine-connection";
import packageJson from "../../package.json";

/** Lets the page paint between slices of packing or unpacking a large snapshot. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Snapshots the engine read itself (the page's workbook): a check names them by `ref` instead of sending them back. */
const readByEngine = new WeakMap<WorkbookSnapshot, { connection: EngineConnection; ref: number }>();

/**
 * The pane's engine (the composition root shared by taskpane.tsx, app.tsx and the WPS pane): the core use case
 * (src/core/session) on the page's engine worker, or on its own thread where no worker can start (`connection`).
 * A snapshot crosses packed (transferred buffers, packed and unpacked in slices), the check comes back as plain view
 * data and the worker keeps the analysis for the 说明. The Word writers come from the page.
 */
export function createEngine(files: PageFiles, connection: EngineConnection = new WorkerConnection()): PaneEngine {
  const received = (packed: PackedSnapshot) => unpackSnapshot(packed, nextFrame);
  return {
    analyze: async (snapshot, config, others = {}) => {
      const kept = readByEngine.get(snapshot);
      return connection.call("analyze", {
        snapshot: kept?.connection === connection ? kept.ref : await packSnapshot(snapshot, nextFrame),
        config,
        others: { priorYearEnds: others.priorYearEnds, priorYear: await packed(others.priorYear), budget: await packed(others.budget) },
      });
    },
    narrate: (analysis, config, inputs) => connection.call("narrate", { ref: analysis.ref, config, inputs }),
    priorFromWorkbook: async (bytes, name, analysis, config, accept = false) => {
      const { snapshot, ...figures } = await connection.call("prior", { ref: analysis.ref, name, bytes, config, accept });
      return { ...figures, snapshot: await received(snapshot) };
    },
    budgetFromWorkbook: async (bytes, name, analysis, accept = false) => {
      const { figures, snapshot } = await connection.call("budget", { ref: analysis?.ref, name, bytes, accept });
      return { figures, snapshot: await received(snapshot) };
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

/**
 * The page's reader of its workbook on the engine (its worker): the bytes are copied over (the page keeps the
 * original for the marked copy), the snapshot comes back packed and is unpacked in slices; the engine keeps it, so
 * the check that follows does not send it back.
 */
export function engineReader(connection: EngineConnection): (bytes: Uint8Array, name: string) => Promise<WorkbookSnapshot> {
  return async (bytes, name) => {
    const copy = bytes.slice().buffer;
    const { ref, snapshot } = await connection.call("read", { name, bytes: copy });
    const unpacked = await unpackSnapshot(snapshot, nextFrame);
    readByEngine.set(unpacked, { connection, ref });
    return unpacked;
  };
}

async function packed(snapshot: WorkbookSnapshot | undefined): Promise<PackedSnapshot | undefined> {
  return snapshot && packSnapshot(snapshot, nextFrame);
}
