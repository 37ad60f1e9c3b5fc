import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Finding } from "../../core/findings/finding";
import type { AnalysisView } from "../engine";
import { isRunning, progressOf, type CheckStatus } from "./check-status";
import { CleanResult } from "./CleanResult";
import { FINDING_CLASSES } from "./finding-class";
import { FindingFilters } from "./FindingFilters";
import { FindingList, type Reveal } from "./FindingList";
import { FindingNavigator } from "./FindingNavigator";
import { filterGroups, type FindingFilter, type FindingGroup, type FindingIndex } from "./group-findings";
import { headlineOf } from "../../core/findings/headline";
import { NothingCheckable } from "./NothingCheckable";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, ":focus": { outline: "none" } },
});

export interface CheckTabProps {
  status: CheckStatus;
  analysis?: AnalysisView;
  /** The analysis' findings grouped by table, with totals and kinds. */
  index?: FindingIndex;
  /** The finding picked (one of the analysis' findings), and its key. */
  selected?: Finding;
  selectedKey?: string;
  marksApplied: boolean;
  /** Where the workbook comes from, shown before the first run. */
  sourceLabel: string;
  onCheck(): void;
  onClearMarks(): void;
  onSelect(finding: Finding): void;
  /** Shown under the selected card (the grid around its cell). */
  detail?: ReactNode;
}

const ALL: FindingFilter = { classes: new Set(FINDING_CLASSES) };

/** 检查: run, progress, summary, filters and the findings grouped by table. */
export function CheckTab(props: CheckTabProps) {
  const { status, analysis, index } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>(ALL);
  // Filtering 60,000 findings may take a moment: the checkbox answers at once, the list follows.
  const listFilter = useDeferredValue(filter);
  const shownGroups = useMemo(() => filterGroups(index?.groups ?? [], listFilter), [index, listFilter]);
  const { order, position, reveal, step } = useSteps(shownGroups, props.selected, props.onSelect);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (status.phase !== "done") return;
    // The result is where keyboard and screen reader go next, at the top of the view: the first card's fix below it.
    summaryHeading.current?.focus({ preventScroll: true });
    summaryHeading.current?.scrollIntoView({ block: "start" });
  }, [status]);
  useEffect(() => setFilter(ALL), [analysis]);
  const progress = progressOf(status);
  const running = isRunning(status);
  const nothing = analysis?.nothingToCheck;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={props.onCheck}>
          {analysis ? "重新检查" : "检查"}
        </Button>
        <Button disabled={running || !props.marksApplied} onClick={props.onClearMarks}>
          清除标记
        </Button>
      </div>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} thickness="large" aria-label={progress.label} />
        </Field>
      )}
      {status.phase === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>检查未完成</MessageBarTitle>
            {status.message}
          </MessageBarBody>
          {status.retry && (
            <MessageBarActions>
              <Button onClick={props.onCheck}>重试</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {!analysis && !running && status.phase !== "failed" && (
        <Text className={styles.hint}>点击“检查”核对“{props.sourceLabel}”中各表的合计、表间关系和说明文字。检查后用 Alt+↓、Alt+↑ 逐个查看问题。</Text>
      )}
      {analysis && (
        <h2 className={styles.heading} ref={summaryHeading} tabIndex={-1}>
          检查结果
        </h2>
      )}
      {nothing && <NothingCheckable verdict={nothing} />}
      {analysis && index && !nothing && (
        <Summary analysis={analysis} totals={index.totals} groups={index.groups} group={filter.group} onGroup={(group) => setFilter({ ...filter, group })} />
      )}
      {analysis && !nothing && analysis.findings.length === 0 && <CleanResult analysis={analysis} />}
      {analysis && analysis.findings.length > 0 && <FindingFilters filter={filter} kinds={index?.kinds ?? []} onChange={setFilter} />}
      {analysis && analysis.findings.length > 0 && (
        <FindingList groups={shownGroups} selectedKey={props.selectedKey} onSelect={props.onSelect} label="问题列表" detail={props.detail} reveal={reveal} />
      )}
      {analysis && order.length > 0 && (
        <FindingNavigator position={position} count={order.length} announcement={position < 0 ? "" : headlineOf(order[position])} onStep={step} />
      )}
    </div>
  );
}

/**
 * Next and previous finding in the list as shown (filters applied): the selection moves, the list scrolls to the
 * card with its grid, and a key pressed on a card takes the focus along.
 */
function useSteps(groups: readonly FindingGroup[], selected: Finding | undefined, onSelect: (finding: Finding) => void) {
  const order = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  // by the object, not by keys: 60,000 keys built and compared took 60–230 ms for a card at the end of the list
  const position = useMemo(() => (selected === undefined ? -1 : order.indexOf(selected)), [order, selected]);
  const [reveal, setReveal] = useState<Reveal>();
  const step = useCallback(
    (delta: 1 | -1, fromList: boolean) => {
      const next = position < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, position + delta));
      if (next === position || !order[next]) return;
      onSelect(order[next]);
      setReveal({ finding: order[next], focus: fromList });
    },
    [order, position, onSelect],
  );
  return { order, position, reveal, step };
}
