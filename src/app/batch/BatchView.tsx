import { Button, makeStyles, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { BatchOutcome } from "../../hosts/batch/check-workbook";
import type { EngineConfig } from "../../core/session";
import { headlineOf } from "../../core/findings/headline";
import { saveFile } from "../../ui/save-file";
import type { StartWorker } from "../../ui/engine-connection";
import { useBatch } from "./use-batch";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  table: { tableLayout: "auto" },
  name: { overflowWrap: "anywhere" },
  number: { textAlign: "right", width: "3.5em" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  /** The files chosen or dropped, with the names the summary shows (a folder's relative paths). */
  files: readonly { name: string; file: Blob }[];
  options: EngineConfig;
  /** Starts an engine worker (the page's own by default). */
  startWorker?: StartWorker;
}

/**
 * Many workbooks at once (a bureau's folder of units' files): each checked on an engine worker, one row per file
 * with its counts and first fix; a row opens that file's findings; 下载汇总 writes the same summary workbook as the
 * command line's --summary.
 */
export default function BatchView({ files, options, startWorker }: Props) {
  const styles = useStyles();
  const { outcomes, done, errors } = useBatch(files, options, startWorker);
  const [open, setOpen] = useState<number>();
  const finished = done === files.length;
  const download = async () => {
    const { summaryWorkbook } = await import(/* webpackChunkName: "batch-summary" */ "../../hosts/batch/summary-workbook");
    const ready = outcomes.filter((o): o is BatchOutcome => o !== undefined);
    saveFile(summaryWorkbook(ready, `预决算公开 批量审核汇总（${ready.length} 个文件）`), "批量审核汇总.xlsx");
  };
  return (
    <section className={styles.root} aria-label="批量检查">
      <div className={styles.bar}>
        <Text weight="semibold" role="status" data-testid="batch-progress">
          {finished ? "检查完成" : "正在检查"}：{done}/{files.length} 个文件，错误 {errors} 项
        </Text>
        <Button size="small" appearance="primary" disabled={!finished} onClick={download}>
          下载汇总（.xlsx）
        </Button>
      </div>
      <ProgressBar value={files.length === 0 ? 1 : done / files.length} aria-label="检查进度" />
      <Table size="small" className={styles.table} aria-label="各文件检查结果">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>文件 / 单位</TableHeaderCell>
            <TableHeaderCell className={styles.number}>错误</TableHeaderCell>
            <TableHeaderCell className={styles.number}>警告</TableHeaderCell>
            <TableHeaderCell className={styles.number}>尾差</TableHeaderCell>
            <TableHeaderCell>首个错误及改法</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {files.map((f, i) => (
            <Fragment key={f.name}>
              <FileRow name={f.name} outcome={outcomes[i]} expanded={open === i} onToggle={() => setOpen(open === i ? undefined : i)} />
              {open === i && outcomes[i]?.status === "checked" && (
                <TableRow>
                  <TableCell colSpan={5}>
                    <FileFindings outcome={outcomes[i]} />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function FileRow({ name, outcome, expanded, onToggle }: { name: string; outcome?: BatchOutcome; expanded: boolean; onToggle(): void }) {
  const styles = useStyles();
  const label = outcome?.status === "checked" && outcome.summary.unit ? `${name}（${outcome.summary.unit}${outcome.summary.year ?? ""}）` : name;
  if (!outcome || outcome.status !== "checked") {
    return (
      <TableRow>
        <TableCell className={styles.name}>{name}</TableCell>
        <TableCell colSpan={4} className={styles.muted}>
          {!outcome ? "等待检查…" : outcome.status === "nothing" ? `无可检查内容：${outcome.reason}` : outcome.reason}
        </TableCell>
      </TableRow>
    );
  }
  const s = outcome.summary;
  return (
    <TableRow>
      <TableCell className={styles.name}>
        <Button appearance="transparent" size="small" aria-expanded={expanded} onClick={onToggle}>
          {label}
        </Button>
      </TableCell>
      <TableCell className={`${styles.number} ${s.errors > 0 ? styles.error : ""}`}>{s.errors}</TableCell>
      <TableCell className={styles.number}>{s.warnings}</TableCell>
      <TableCell className={styles.number}>{s.roundings}</TableCell>
      <TableCell>{s.firstFix || "—"}</TableCell>
    </TableRow>
  );
}

/** The file's findings, one line each, errors first as the engine sorts them. */
function FileFindings({ outcome }: { outcome: Extract<BatchOutcome, { status: "checked" }> }) {
  const styles = useStyles();
  if (outcome.findings.length === 0) return <Text>没有发现问题（已读 {outcome.summary.tablesRead.length} 张表）。</Text>;
  return (
    <ul className={styles.findings} aria-label={`${outcome.name} 的问题`}>
      {outcome.findings.map((f, i) => (
        <li key={i}>
          <Text className={f.severity === "error" ? styles.error : undefined}>
            [{f.severity === "error" ? "错误" : f.kind === "rounding" ? "尾差" : f.severity === "warning" ? "警告" : "提示"}]{" "}
            {f.cell ? `${f.sheet}!${f.cell} ` : ""}
            {headlineOf(f)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
