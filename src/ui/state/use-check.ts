import { startTransition, useCallback, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { WorkbookHost } from "../../hosts/host";
import { loadStoredInputs } from "../../hosts/workbook-state";
import type { CheckStatus } from "../check/check-status";
import { indexFindings, type FindingIndex } from "../check/group-findings";
import type { AnalysisView, EngineConfig, OtherWorkbooks, PaneEngine } from "../engine";
import { errorText } from "./use-stored-value";
import { isEngineLost } from "../engine-connection";
import { nextTask } from "../next-task";

export interface CheckResult {
  analysis: AnalysisView;
  /** What was read (the grid shows the cells around a finding from it). */
  snapshot: WorkbookSnapshot;
  /** The findings grouped by table, with their totals. */
  index: FindingIndex;
}

/**
 * 检查: read the workbook, run the engine, then hand the findings to `onFindings` (the marks). `others`: the
 * workbooks opened in 说明 (last year's: 年初 against its 年末; this year's 预算公开: its 绩效目标表).
 */
export function useCheck(
  host: WorkbookHost,
  engine: PaneEngine,
  settings: EngineConfig,
  onFindings: (findings: Finding[]) => Promise<void>,
  others: OtherWorkbooks,
) {
  const [status, setStatus] = useState<CheckStatus>({ phase: "idle" });
  const [result, setResult] = useState<CheckResult>();

  const check = useCallback(async () => {
    setStatus({ phase: "reading", done: 0, total: 0 });
    try {
      const snapshot = await host.readSnapshot((done, total) => setStatus({ phase: "reading", done, total }));
      setStatus({ phase: "analysing" });
      await nextTask();
      // last year's 年末 amounts kept with the workbook stand in for last year's workbook when it was not opened now
      const { priorYearEnds } = await loadStoredInputs(host);
      const analysis = await engine.analyze(snapshot, settings, { priorYearEnds, ...others });
      const index = await indexFindings(analysis.findings, nextTask);
      await onFindings(analysis.findings);
      // Result and “done” arrive together (never “done” over the previous result); 60,000 findings render in slices.
      startTransition(() => {
        setResult({ analysis, snapshot, index });
        setStatus({ phase: "done" });
      });
    } catch (err) {
      setStatus({ phase: "failed", message: errorText(err, "检查时出错"), retry: isEngineLost(err) });
    }
  }, [host, engine, settings, onFindings, others]);

  return { status, result, check };
}
