import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { Finding, FindingKind } from "../../core/findings/finding";
import type { AnalysisView } from "../engine";
import { SEVERITIES } from "../labels";
import { isRunning, progressOf, type CheckStatus } from "./check-status";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { applyFilter, groupFindings, type FindingFilter } from "./group-findings";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface CheckTabProps {
  status: CheckStatus;
  analysis?: AnalysisView;
  selectedKey?: string;
  marksApplied: boolean;
  /** Where the workbook comes from, shown before the first run. */
  sourceLabel: string;
  onCheck(): void;
  onClearMarks(): void;
  onSelect(finding: Finding): void;
  /** Extra view of the selected cell (app.html shows a grid of the sheet around it). */
  selectionView?: ReactNode;
}

const ALL_SEVERITIES: FindingFilter = { severities: new Set(SEVERITIES) };

/** 检查: run, progress, summary, filters and the grouped list of findings. */
export function CheckTab(props: CheckTabProps) {
  const { status, analysis } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>(ALL_SEVERITIES);
  const allGroups = useMemo(() => groupFindings(analysis?.findings ?? []), [analysis]);
  const shownGroups = useMemo(() => groupFindings(applyFilter(analysis?.findings ?? [], filter)), [analysis, filter]);
  const kinds = useMemo(() => presentKinds(analysis?.findings ?? []), [analysis]);
  const progress = progressOf(status);
  const running = isRunning(status);
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
          <ProgressBar value={progress.value} thickness="large" />
        </Field>
      )}
      {status.phase === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>检查未完成</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {!analysis && !running && status.phase !== "failed" && (
        <Text className={styles.empty}>点击“检查”核对“{props.sourceLabel}”中各表的合计、表间关系和说明文字。</Text>
      )}
      {analysis && <Summary analysis={analysis} groups={allGroups} />}
      {props.selectionView}
      {analysis && analysis.findings.length > 0 && <FindingFilters filter={filter} kinds={kinds} onChange={setFilter} />}
      {analysis && analysis.findings.length === 0 && <Text>未发现问题。</Text>}
      {analysis && <FindingList groups={shownGroups} selectedKey={props.selectedKey} onSelect={props.onSelect} />}
    </div>
  );
}

function presentKinds(findings: readonly Finding[]): FindingKind[] {
  return [...new Set(findings.map((f) => f.kind))];
}
