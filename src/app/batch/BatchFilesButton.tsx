import { XlsxFileButton } from "../../ui/XlsxFileButton";

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
  return (
    <XlsxFileButton
      size="small"
      label={label}
      inputLabel={inputLabel}
      testId={testId}
      choose={folder ? "folder" : "many"}
      onFiles={(files) => onFiles(batchFiles(files))}
    />
  );
}
