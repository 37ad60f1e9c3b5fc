import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { XlsxFileButton } from "../ui/XlsxFileButton";
import { BatchFilesButton, batchFiles, type BatchFile } from "./batch/BatchFilesButton";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  compact: { flexDirection: "row", padding: tokens.spacingVerticalS, justifyContent: "flex-start", flexWrap: "wrap" },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Open or drop a local .xlsx; the file is read in the browser and never uploaded. Several files or a folder (a
 * bureau's units) go to the batch check.
 */
export function FileOpener({ onOpen, onOpenMany, compact }: { onOpen(file: File): void; onOpenMany(files: BatchFile[]): void; compact: boolean }) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(styles.zone, compact && styles.compact, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = e.dataTransfer.files;
        if (files.length > 1) onOpenMany(batchFiles(files));
        else if (files[0]) onOpen(files[0]);
      }}
    >
      <XlsxFileButton
        label={compact ? "打开其他文件…" : "打开 .xlsx 文件…"}
        appearance={compact ? "secondary" : "primary"}
        inputLabel="选择工作簿文件"
        testId="file-input"
        onFile={onOpen}
      />
      <BatchFilesButton label="批量检查多个文件…" inputLabel="选择多个工作簿文件" testId="batch-files-input" onFiles={onOpenMany} />
      <BatchFilesButton label="批量检查文件夹…" inputLabel="选择一个文件夹" testId="batch-folder-input" folder onFiles={onOpenMany} />
      <Text size={200} className={styles.hint}>
        {compact ? "也可把文件拖到这里。" : "或把公开表工作簿拖到这里。文件只在本机浏览器中读取，不会上传。"}
      </Text>
    </div>
  );
}
