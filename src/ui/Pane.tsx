import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { WorkbookHost } from "../hosts/host";
import type { CommandOutcome } from "../hosts/command-outcome";
import { copyText } from "./clipboard";
import { CheckTab } from "./check/CheckTab";
import type { PaneEngine } from "./engine";
import { NarrativeTab } from "./narrative/NarrativeTab";
import { SettingsTab } from "./settings/SettingsTab";
import { usePane } from "./use-pane";

/** Chinese-capable system fonts first; nothing is loaded from the network. */
const FONT_STACK = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", ${webLightTheme.fontFamilyBase}`;
export const paneTheme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: "280px",
    overflowX: "hidden",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export type TabId = "check" | "narrative" | "settings";

export interface PaneProps {
  host: WorkbookHost;
  engine: PaneEngine;
  /** Shown in the 检查 tab under the summary (app.html: the grid around the selected cell). */
  selectionView?: ReactNode;
  /** Shown above the tabs (app.html: open file, downloads). */
  header?: ReactNode;
  /** Run the check as soon as the pane opens (app.html, right after a file is opened). */
  autoCheck?: boolean;
  /** Tab shown first (the ribbon's 生成说明 opens the pane on 说明). */
  initialTab?: TabId;
}

/** The task pane: 检查 / 说明 / 设置. Also used by app.html with a file host. */
export function Pane({ host, engine, selectionView, header, autoCheck, initialTab = "check" }: PaneProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const pane = usePane(host, engine);
  const { check } = pane;
  useEffect(() => {
    if (autoCheck) void check();
  }, [autoCheck]); // once, when the pane opens
  const claims = pane.analysis?.findings.filter((f) => f.kind === "narrative") ?? [];
  return (
    <FluentProvider theme={paneTheme}>
      <main className={styles.root}>
        {header}
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="功能">
          <Tab value="check">检查</Tab>
          <Tab value="narrative">说明</Tab>
          <Tab value="settings">设置</Tab>
        </TabList>
        {pane.lastCommand && !pane.analysis && (
          <MessageBar intent={pane.lastCommand.ok ? "info" : "warning"}>
            <MessageBarBody>{lastCommandText(pane.lastCommand)}</MessageBarBody>
          </MessageBar>
        )}
        {pane.marksError && (
          <MessageBar intent="warning">
            <MessageBarBody>{pane.marksError}</MessageBarBody>
          </MessageBar>
        )}
        <div role="tabpanel" aria-label={tab === "check" ? "检查" : tab === "narrative" ? "说明" : "设置"}>
          {tab === "check" && (
            <CheckTab
              status={pane.status}
              analysis={pane.analysis}
              selectedKey={pane.selectedKey}
              marksApplied={pane.marksApplied}
              sourceLabel={host.label}
              onCheck={pane.check}
              onClearMarks={pane.clearMarks}
              onSelect={pane.select}
              selectionView={selectionView}
            />
          )}
          {tab === "narrative" && (
            <NarrativeTab
              ready={pane.analysis !== undefined}
              narrative={pane.narrative}
              prior={pane.prior}
              claims={claims}
              selectedKey={pane.selectedKey}
              busy={pane.narrativeBusy}
              error={pane.narrativeError}
              priorNotice={pane.priorNotice}
              onPriorChange={pane.setPrior}
              onLoadPriorFile={pane.loadPriorFile}
              onGenerate={pane.generate}
              onInsert={pane.insertText}
              onCopy={copyText}
              onSelect={pane.select}
            />
          )}
          {tab === "settings" && <SettingsTab settings={pane.settings} onSave={pane.saveSettings} />}
        </div>
      </main>
    </FluentProvider>
  );
}

/** “上次从功能区「一键检查」（11月25日 16:40）：发现 1 个错误…” */
function lastCommandText(outcome: CommandOutcome): string {
  const at = new Date(outcome.at);
  const when = Number.isNaN(at.getTime()) ? "" : `（${at.getMonth() + 1}月${at.getDate()}日 ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}）`;
  return `上次从功能区「${outcome.command}」${when}：${outcome.summary}`;
}
