import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({ hidden: { display: "none" } });

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Several workbooks (a batch) may include macro-enabled ones. */
const WORKBOOK_TYPES = ".xlsx,.xlsm";

interface CommonProps {
  label: string;
  /** Accessible name of the (hidden) file input. */
  inputLabel: string;
  appearance?: "primary" | "secondary";
  size?: "small" | "medium";
  disabled?: boolean;
  testId?: string;
}

/** One workbook (the default), several, or every file of a folder. */
type Choice = { choose?: "one"; onFile(file: File): void } | { choose: "many" | "folder"; onFiles(files: FileList): void };

/** A button that opens the system's file chooser for local workbooks (read in the browser, never uploaded). */
export function XlsxFileButton(props: CommonProps & Choice) {
  const { label, inputLabel, appearance = "secondary", size, disabled, testId } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const one = props.choose === undefined || props.choose === "one";
  const folderAttributes = props.choose === "folder" ? { webkitdirectory: "", directory: "" } : {};
  return (
    <>
      <Button appearance={appearance} size={size} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={one ? XLSX_TYPES : WORKBOOK_TYPES}
        multiple={!one}
        aria-label={inputLabel}
        data-testid={testId}
        {...folderAttributes}
        onChange={(e) => {
          const files = e.target.files;
          if (files && files.length > 0) {
            if ("onFiles" in props) props.onFiles(files);
            else props.onFile(files[0]);
          }
          e.target.value = ""; // choosing the same file again still opens it
        }}
      />
    </>
  );
}
