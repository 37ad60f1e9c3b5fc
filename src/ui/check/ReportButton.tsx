import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  verdict: { fontSize: tokens.fontSizeBase200 },
});

export interface ReportButtonProps {
  /** “强制性错误 0 项，提示 3 项均已说明 — 可以报送”. */
  verdict: string;
  onDownload(format: "xlsx" | "docx"): Promise<void>;
}

/** 下载审核报告: the verdict, and the report as a workbook (one row per check) or a Word document. */
export function ReportButton({ verdict, onDownload }: ReportButtonProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const download = async (format: "xlsx" | "docx") => {
    setBusy(true);
    try {
      await onDownload(format);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root} data-testid="audit-report">
      <Text className={styles.verdict}>审核结论：{verdict}</Text>
      <Button size="small" disabled={busy} onClick={() => download("xlsx")}>
        下载审核报告（Excel）
      </Button>
      <Button size="small" disabled={busy} onClick={() => download("docx")}>
        Word
      </Button>
    </div>
  );
}
