import { useCallback, useEffect, useState } from "react";
import type { InsertTextResult, WorkbookHost } from "../../hosts/host";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { AnalysisView, NarrativeView, PaneEngine, PriorFigures } from "../engine";
import type { FillIns } from "../narrative/gaps";
import type { PaneSettings } from "../settings/pane-settings";
import { errorText, parseTextRecord, useStoredValue } from "./use-stored-value";

/** Host state keys: the 上年数 typed or read (“收支总计 → 483.23”) and the words typed for 【待填写：…】 gaps. */
export const PRIOR_STATE_KEY = "priorYear";
export const FILL_INS_STATE_KEY = "narrativeFillIns";

/**
 * 说明: the generated text, the figures and words the accountant adds to it, and where they are kept. Last year's
 * workbook, once opened, goes to `onPriorWorkbook` (the next check compares 年初结转和结余 with its 年末).
 */
export function useNarrative(
  host: WorkbookHost,
  engine: PaneEngine,
  analysis: AnalysisView | undefined,
  settings: PaneSettings,
  onPriorWorkbook: (snapshot: WorkbookSnapshot) => void,
) {
  const [prior, setPrior] = useStoredValue<PriorFigures>(host, PRIOR_STATE_KEY, parseTextRecord, {});
  const [fillIns, setFillIns] = useStoredValue<FillIns>(host, FILL_INS_STATE_KEY, parseTextRecord, {});
  const [narrative, setNarrative] = useState<NarrativeView>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [priorNotice, setPriorNotice] = useState<string>();
  const template = settings.customTemplate || undefined;

  useEffect(() => setNarrative(undefined), [analysis]); // a new check: the old text no longer matches the tables

  const generate = useCallback(async () => {
    if (!analysis) return;
    setError(undefined);
    try {
      setNarrative(engine.narrate(analysis, { prior, template }));
      await host.saveState(PRIOR_STATE_KEY, JSON.stringify(prior));
    } catch (err) {
      setError(errorText(err, "生成说明时出错"));
    }
  }, [analysis, engine, host, prior, template]);

  const loadPriorFile = useCallback(
    async (file: File) => {
      if (!analysis) return;
      setBusy(true);
      setError(undefined);
      setPriorNotice(undefined);
      try {
        const { figures, snapshot } = await engine.priorFromWorkbook(await file.arrayBuffer(), file.name, analysis, { prior, template });
        const next = { ...prior, ...figures };
        setPrior(next);
        onPriorWorkbook(snapshot);
        const count = Object.keys(figures).length;
        const read = count ? `已从“${file.name}”读取 ${count} 项上年数，请重新生成。` : `“${file.name}”中没有找到所需的上年数。`;
        setPriorNotice(`${read}再次检查时将核对本年年初结转和结余与上年年末数。`);
        await host.saveState(PRIOR_STATE_KEY, JSON.stringify(next));
      } catch (err) {
        setError(errorText(err, "无法读取上年工作簿"));
      } finally {
        setBusy(false);
      }
    },
    [analysis, engine, host, prior, template, setPrior, onPriorWorkbook],
  );

  const setFillIn = useCallback((id: string, text: string) => setFillIns((current) => ({ ...current, [id]: text })), [setFillIns]);

  /** The words typed for the gaps travel with the workbook once the text is used (copied or inserted). */
  const keepFillIns = useCallback(() => host.saveState(FILL_INS_STATE_KEY, JSON.stringify(fillIns)).catch(() => undefined), [host, fillIns]);

  const insertText = useCallback(
    async (paragraphs: string[], overwrite: boolean): Promise<InsertTextResult> => {
      await keepFillIns();
      return host.insertText(paragraphs, { overwrite });
    },
    [host, keepFillIns],
  );

  return { prior, setPrior, fillIns, setFillIn, keepFillIns, narrative, error, busy, priorNotice, generate, loadPriorFile, insertText };
}
