import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { XlsxFileButton } from "../ui/XlsxFileButton";

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

/** Open or drop a local .xlsx; the file is read in the browser and never uploaded. */
export function FileOpener({ onOpen, compact }: { onOpen(file: File): void; compact: boolean }) {
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
        const file = e.dataTransfer.files[0];
        if (file) onOpen(file);
      }}
    >
      <XlsxFileButton
        label={compact ? "打开其他文件…" : "打开 .xlsx 文件…"}
        appearance={compact ? "secondary" : "primary"}
        inputLabel="选择工作簿文件"
        testId="file-input"
        onFile={onOpen}
      />
      <Text size={200} className={styles.hint}>
        {compact ? "也可把文件拖到这里。" : "或把公开表工作簿拖到这里。文件只在本机浏览器中读取，不会上传。"}
      </Text>
    </div>
  );
}
