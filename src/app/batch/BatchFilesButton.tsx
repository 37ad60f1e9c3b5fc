import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({ hidden: { display: "none" } });

/** A workbook of a batch, named as the summary shows it: its path inside the chosen folder, else its file name. */
export interface BatchFile {
  name: string;
  file: File;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const SKIPPED = /(^|\/)(~\$|\.)/;

/** The workbooks among the chosen files (lock files of open workbooks and hidden files left out), sorted by name. */
export function batchFiles(files: Iterable<File>): BatchFile[] {
  return [...files]
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((f) => WORKBOOK.test(f.name) && !SKIPPED.test(f.name))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

interface Props {
  label: string;
  inputLabel: string;
  /** Choose a folder (every workbook in it) instead of files. */
  folder?: boolean;
  testId?: string;
  onFiles(files: BatchFile[]): void;
}

/** A button that opens the file chooser for many workbooks, or a folder of them (read in the browser, never uploaded). */
export function BatchFilesButton({ label, inputLabel, folder, testId, onFiles }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderAttributes = folder ? { webkitdirectory: "", directory: "" } : {};
  return (
    <>
      <Button size="small" onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label={inputLabel}
        data-testid={testId}
        {...folderAttributes}
        onChange={(e) => {
          if (e.target.files) onFiles(batchFiles(e.target.files));
          e.target.value = "";
        }}
      />
    </>
  );
}
