import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../core/findings/finding";
import type { InsertTextResult, WorkbookHost } from "../hosts/host";
import { LAST_COMMAND_KEY, parseCommandOutcome, type CommandOutcome } from "../hosts/command-outcome";
import type { AnalysisView, NarrativeView, PaneEngine, PriorFigures } from "./engine";
import type { CheckStatus } from "./check/check-status";
import { findingKey } from "./check/group-findings";
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, SETTINGS_STATE_KEY, type PaneSettings } from "./settings/pane-settings";

export const PRIOR_STATE_KEY = "priorYear";

/** Lets React paint the progress before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function errorText(err: unknown, prefix: string): string {
  const message = err instanceof Error ? err.message : String(err);
  return /[\u4e00-\u9fff]/.test(message) ? message : `${prefix}：${message}`;
}

function parsePrior(stored: string | undefined): PriorFigures {
  if (!stored) return {};
  try {
    const raw = JSON.parse(stored) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as PriorFigures;
  } catch {
    return {};
  }
}

/** The pane's state and actions over a WorkbookHost and the engine. */
export function usePane(host: WorkbookHost, engine: PaneEngine) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [prior, setPrior] = useState<PriorFigures>({});
  const [status, setStatus] = useState<CheckStatus>({ phase: "idle" });
  const [analysis, setAnalysis] = useState<AnalysisView>();
  const [selectedKey, setSelectedKey] = useState<string>();
  const [marksApplied, setMarksApplied] = useState(false);
  const [marksError, setMarksError] = useState<string>();
  const [narrative, setNarrative] = useState<NarrativeView>();
  const [narrativeError, setNarrativeError] = useState<string>();
  const [narrativeBusy, setNarrativeBusy] = useState(false);
  const [priorNotice, setPriorNotice] = useState<string>();
  const [lastCommand, setLastCommand] = useState<CommandOutcome>();
  const marked = useRef(false);

  useEffect(() => {
    let live = true;
    Promise.all([host.loadState(SETTINGS_STATE_KEY), host.loadState(PRIOR_STATE_KEY), host.loadState(LAST_COMMAND_KEY)])
      .then(([s, p, c]) => {
        if (!live) return;
        setSettings(parseSettings(s));
        setPrior(parsePrior(p));
        setLastCommand(parseCommandOutcome(c));
      })
      .catch(() => undefined); // no stored state: defaults
    return () => {
      live = false;
    };
  }, [host]);

  const mark = async (findings: Finding[]) => {
    setMarksError(undefined);
    try {
      if (marked.current) await host.clearMarks();
      await host.applyMarks(findings);
      marked.current = true;
      setMarksApplied(true);
    } catch (err) {
      setMarksError(errorText(err, "无法在工作表中标记单元格"));
    }
  };

  const check = useCallback(async () => {
    setStatus({ phase: "reading", done: 0, total: 0 });
    try {
      const snapshot = await host.readSnapshot((done, total) => setStatus({ phase: "reading", done, total }));
      setStatus({ phase: "analysing" });
      await nextFrame();
      const result = engine.analyze(snapshot, settings);
      setAnalysis(result);
      setNarrative(undefined);
      setSelectedKey((key) => (result.findings.some((f) => findingKey(f) === key) ? key : undefined));
      await mark(result.findings);
      setStatus({ phase: "done" });
    } catch (err) {
      setStatus({ phase: "failed", message: errorText(err, "检查时出错") });
    }
  }, [host, engine, settings]);

  const clearMarks = useCallback(async () => {
    try {
      await host.clearMarks();
      marked.current = false;
      setMarksApplied(false);
    } catch (err) {
      setMarksError(errorText(err, "无法清除标记"));
    }
  }, [host]);

  const select = useCallback(
    (finding: Finding) => {
      setSelectedKey(findingKey(finding));
      if (finding.sheet && finding.cell) host.select(finding.sheet, finding.cell).catch(() => undefined);
    },
    [host],
  );

  const saveSettings = useCallback(
    async (next: PaneSettings) => {
      await host.saveState(SETTINGS_STATE_KEY, serializeSettings(next));
      setSettings(next);
    },
    [host],
  );

  const generate = useCallback(async () => {
    if (!analysis) return;
    setNarrativeError(undefined);
    try {
      setNarrative(engine.narrate(analysis, { prior, template: settings.customTemplate || undefined }));
      await host.saveState(PRIOR_STATE_KEY, JSON.stringify(prior));
    } catch (err) {
      setNarrativeError(errorText(err, "生成说明时出错"));
    }
  }, [analysis, engine, host, prior, settings]);

  const loadPriorFile = useCallback(
    async (file: File) => {
      if (!analysis) return;
      setNarrativeBusy(true);
      setNarrativeError(undefined);
      setPriorNotice(undefined);
      try {
        const request = { prior, template: settings.customTemplate || undefined };
        const figures = await engine.priorFromWorkbook(await file.arrayBuffer(), file.name, analysis, request);
        const next = { ...prior, ...figures };
        setPrior(next);
        const count = Object.keys(figures).length;
        setPriorNotice(count ? `已从“${file.name}”读取 ${count} 项上年数，请重新生成。` : `“${file.name}”中没有找到所需的上年数。`);
        await host.saveState(PRIOR_STATE_KEY, JSON.stringify(next));
      } catch (err) {
        setNarrativeError(errorText(err, "无法读取上年工作簿"));
      } finally {
        setNarrativeBusy(false);
      }
    },
    [analysis, engine, host, prior, settings],
  );

  const insertText = useCallback(
    (paragraphs: string[], overwrite: boolean): Promise<InsertTextResult> => host.insertText(paragraphs, { overwrite }),
    [host],
  );

  return {
    settings, prior, status, analysis, selectedKey, marksApplied, marksError, narrative, narrativeError, narrativeBusy, priorNotice, lastCommand,
    check, clearMarks, select, saveSettings, setPrior, generate, loadPriorFile, insertText,
  };
}
