import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState, type ReactNode } from "react";
import type { WorkbookHost } from "../hosts/host";
import { LAST_COMMAND_KEY, parseCommandOutcome, type CommandOutcome } from "../hosts/command-outcome";
import { copyText } from "./clipboard";
import { saveFile } from "./save-file";
import { announcementOf } from "./check/check-status";
import { CheckTab } from "./check/CheckTab";
import type { AnalysisView, OtherWorkbooks, PaneEngine } from "./engine";
import { NarrativeTab } from "./narrative/NarrativeTab";
import { PaneTabs } from "./PaneTabs";
import { SettingsTab } from "./settings/SettingsTab";
import { useCheck } from "./state/use-check";
import { useMarks } from "./state/use-marks";
import { useNarrative } from "./state/use-narrative";
import { useSelection } from "./state/use-selection";
import { useSettings } from "./state/use-settings";
import { useStoredValue } from "./state/use-stored-value";
import { useReview } from "./state/use-review";
import { FindingStatus } from "./check/FindingStatus";
import { ReportButton } from "./check/ReportButton";
import { buildAuditReport } from "../core/audit/report";
import type { Review } from "../core/audit/review";
import { VISUALLY_HIDDEN } from "./visually-hidden";

/** The grid is loaded when a finding is first opened (the first screen does not need it). */
const FindingGrid = lazy(() => import("./grid/FindingGrid"));

/** Chinese-capable system fonts first; nothing is loaded from the network. */
const FONT_STACK = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", ${webLightTheme.fontFamilyBase}`;
export const paneTheme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: "280px",
    // clip, not hidden: hidden would make the pane a scroll container and keep 上一个/下一个 from sticking in view
    overflowX: ["hidden", "clip"],
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  tabs: { margin: `0 calc(-1 * ${tokens.spacingHorizontalM})` },
  announcer: VISUALLY_HIDDEN,
});

export type TabId = "check" | "narrative" | "settings";

const TAB_LABEL: Record<TabId, string> = { check: "检查", narrative: "说明", settings: "设置" };

export interface PaneProps {
  host: WorkbookHost;
  engine: PaneEngine;
  /** Shown above the tabs (app.html: open file, downloads). */
  header?: ReactNode;
  /** Run the check as soon as the pane opens (app.html, right after a file is opened). */
  autoCheck?: boolean;
  /** Tab shown first (the ribbon's 生成说明 opens the pane on 说明). */
  initialTab?: TabId;
}

/** The task pane: 检查 / 说明 / 设置. Also used by app.html with a file host. */
export function Pane({ host, engine, header, autoCheck, initialTab = "check" }: PaneProps) {
  const styles = useStyles();
  const ids = `pane${useId().replace(/:/g, "")}`;
  const [tab, setTab] = useState<TabId>(initialTab);
  const { settings, saveSettings } = useSettings(host);
  const [lastCommand] = useStoredValue<CommandOutcome | undefined>(host, LAST_COMMAND_KEY, parseCommandOutcome, undefined);
  const marks = useMarks(host);
  const [others, setOthers] = useState<OtherWorkbooks>({}); // workbooks opened in 说明 (this session only)
  const addOthers = useCallback((opened: OtherWorkbooks) => setOthers((current) => ({ ...current, ...opened })), []);
  const { status, result, check } = useCheck(host, engine, settings, marks.apply, others);
  const analysis = result?.analysis;
  const { selected, selectedKey, select } = useSelection(host, analysis?.findings);
  const text = useNarrative(host, engine, analysis, settings, addOthers);
  const review = useReview(host, analysis?.findings);
  const reviewed = selected && review.review?.findings.find((r) => r.finding === selected);
  const downloadReport = async (format: "xlsx" | "docx") => {
    if (!analysis || !review.review) return;
    const bytes = await engine.auditReport(analysis, review.review, { name: host.label, digest: await host.fileDigest() }, format);
    saveFile(bytes, `${host.label.replace(/\.[^.]+$/, "")}审核报告.${format}`);
  };
  useEffect(() => {
    if (autoCheck) void check();
  }, [autoCheck]); // eslint-disable-line react-hooks/exhaustive-deps -- once, when the pane opens
  const claims = useMemo(() => analysis?.findings.filter((f) => f.kind === "narrative") ?? [], [analysis]);
  // once per check and status set, not at every click on a card (60,000 findings counted)
  const verdict = useMemo(() => analysis && review.review && reportVerdict(analysis, review.review), [analysis, review.review]);
  const announcement = announcementOf(status, analysis, result?.index.totals);
  const grid = result && selected && (
    <Suspense fallback={<Spinner size="tiny" label="正在打开表格…" />}>
      <FindingGrid
        snapshot={result.snapshot}
        tables={result.analysis.outlines}
        projects={result.analysis.projects}
        finding={selected}
        marked={marks.applied ? result.analysis.findings : []}
      />
    </Suspense>
  );
  return (
    <FluentProvider theme={paneTheme}>
      <main className={styles.root}>
        {header}
        <div role="status" aria-live="polite" className={styles.announcer} data-testid="announcer">
          {announcement}
        </div>
        <div className={styles.tabs}>
          <PaneTabs tabs={TAB_LABEL} selected={tab} onSelect={setTab} label="功能" panelId={`${ids}-panel`} idPrefix={ids} />
        </div>
        {lastCommand && !analysis && (
          <MessageBar intent={lastCommand.ok ? "info" : "warning"}>
            <MessageBarBody>{lastCommandText(lastCommand)}</MessageBarBody>
          </MessageBar>
        )}
        {marks.error && (
          <MessageBar intent="warning">
            <MessageBarBody>{marks.error}</MessageBarBody>
            {marks.damaged && (
              <MessageBarActions>
                <Button onClick={() => void marks.clearByColour()}>按助手的底色清除标记</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${tab}`}>
          {tab === "check" && (
            <CheckTab
              status={status}
              analysis={analysis}
              index={result?.index}
              selected={selected}
              selectedKey={selectedKey}
              marksApplied={marks.applied}
              sourceLabel={host.label}
              onCheck={check}
              onClearMarks={marks.clear}
              onSelect={select}
              detail={
                <>
                  {grid}
                  {reviewed && <FindingStatus reviewed={reviewed} onSave={review.setStatus} />}
                </>
              }
            />
          )}
          {tab === "check" && verdict !== undefined && !analysis?.nothingToCheck && <ReportButton verdict={verdict} onDownload={downloadReport} />}
          {tab === "check" && review.error && (
            <MessageBar intent="warning">
              <MessageBarBody>{review.error}</MessageBarBody>
            </MessageBar>
          )}
          {tab === "narrative" && (
            <NarrativeTab
              analysis={analysis}
              narrative={text.narrative}
              prior={text.prior}
              inputs={text.inputs}
              budget={text.budget}
              fillIns={text.fillIns}
              claims={claims}
              selectedKey={selectedKey}
              busy={text.busy}
              error={text.error}
              fileNotice={text.fileNotice}
              sources={text.sources}
              pendingMessage={text.pending?.message}
              onSettlePending={text.settlePending}
              onPriorChange={text.setPrior}
              onInputChange={text.setInput}
              onFillIn={text.setFillIn}
              onLoadPriorFile={text.loadPriorFile}
              onLoadBudgetFile={text.loadBudgetFile}
              onDownloadWord={async (sections) => saveFile(await text.wordDocument(sections), `${text.narrative?.title ?? "情况说明"}.docx`)}
              onGenerate={text.generate}
              onInsert={text.insertText}
              onCopy={async (t) => {
                await text.keepFillIns();
                await copyText(t);
              }}
              onSelect={select}
            />
          )}
          {tab === "settings" && <SettingsTab settings={settings} onSave={saveSettings} />}
        </div>
      </main>
    </FluentProvider>
  );
}

/** “上次从功能区「一键检查」（11月25日 16:40）：发现 1 个错误…” */
function lastCommandText(outcome: CommandOutcome): string {
  const at = new Date(outcome.at);
  const when = Number.isNaN(at.getTime())
    ? ""
    : `（${at.getMonth() + 1}月${at.getDate()}日 ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}）`;
  return `上次从功能区「${outcome.command}」${when}：${outcome.summary}`;
}

/** The 审核报告's verdict for this check and these statuses (“强制性错误 0 项，提示 3 项均已说明 — 可以报送”). */
function reportVerdict(analysis: AnalysisView, review: Review): string {
  const facts = { file: "", digest: { label: "", value: "" }, checkedAt: "", version: "" };
  return buildAuditReport({ facts, tables: analysis.tables, unrecognized: analysis.unrecognized, checks: analysis.checks, review }).verdict;
}
