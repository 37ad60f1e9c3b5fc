import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { XlsxFileButton } from "../XlsxFileButton";
import type { FigureSources } from "../state/use-narrative";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
});

interface Props {
  busy: boolean;
  /** Whether the text asks for 年初预算数, or some were read already. */
  wantsBudget: boolean;
  /** How many 年初预算数 were read from this year's 预算公开 workbook. */
  budgetCount: number;
  sources: FigureSources;
  onLoadPriorFile(file: File): void;
  onLoadBudgetFile(file: File): void;
}

/** The workbooks that fill many gaps at once: last year's (上年数) and this year's 预算公开 (年初预算数). */
export function FigureFiles(props: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="从其他工作簿读取数字">
      <XlsxFileButton label="从上年工作簿读取上年数…" inputLabel="上年工作簿" size="small" disabled={props.busy} onFile={props.onLoadPriorFile} />
      {props.wantsBudget && (
        <XlsxFileButton
          label="从本年预算公开表读取年初预算数…"
          inputLabel="本年预算公开表"
          size="small"
          disabled={props.busy}
          onFile={props.onLoadBudgetFile}
        />
      )}
      {props.budgetCount > 0 && (
        <Text size={200} className={styles.note}>
          已读取 {props.budgetCount} 项年初预算数{props.sources.budget ? `（来自：${props.sources.budget}）` : ""}。
        </Text>
      )}
    </div>
  );
}
