import { useEffect, useState } from "react";
import type { BatchOutcome } from "../../hosts/batch/check-workbook";
import type { EngineConfig } from "../../core/session";
import { WorkerPool } from "../worker/worker-pool";
import type { StartWorker } from "../../ui/engine-connection";

/** The files of a batch and where the check stands: outcomes in the files' order (undefined: not yet done). */
export interface BatchState {
  outcomes: (BatchOutcome | undefined)[];
  done: number;
  errors: number;
}

/** Workers for a page: the cores but one (the page's own thread keeps one), at least 1, at most 4. */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, (cores ?? 2) - 1));
}

/**
 * Checks the files on engine workers, at most one file per worker in flight (a file's bytes are read only when a
 * worker is free, so memory holds a few workbooks, not the whole folder). The page's thread only reads files and
 * draws rows; stopping (unmount) terminates the workers.
 */
export function useBatch(files: readonly { name: string; file: Blob }[], options: EngineConfig, start?: StartWorker): BatchState {
  const [state, setState] = useState<BatchState>({ outcomes: files.map(() => undefined), done: 0, errors: 0 });
  useEffect(() => {
    const size = workerCount(navigator.hardwareConcurrency);
    const pool = new WorkerPool(size, start);
    let next = 0;
    let stopped = false;
    const lane = async (): Promise<void> => {
      while (!stopped && next < files.length) {
        const index = next++;
        const { name, file } = files[index];
        const outcome = await pool.check(name, await file.arrayBuffer(), options);
        if (stopped) return;
        setState((s) => {
          const outcomes = s.outcomes.slice();
          outcomes[index] = outcome;
          return { outcomes, done: s.done + 1, errors: s.errors + (outcome.status === "checked" ? outcome.summary.errors : 0) };
        });
      }
    };
    setState({ outcomes: files.map(() => undefined), done: 0, errors: 0 });
    void Promise.all(Array.from({ length: size }, lane));
    return () => {
      stopped = true;
      pool.close();
    };
  }, [files, options, start]);
  return state;
}
