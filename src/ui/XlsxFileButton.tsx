import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({ hidden: { display: "none" } });

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Props {
  label: string;
  /** Accessible name of the (hidden) file input. */
  inputLabel: string;
  onFile(file: File): void;
  appearance?: "primary" | "secondary";
  disabled?: boolean;
  testId?: string;
}

/** A button that opens the system's file chooser for one local .xlsx (read in the browser, never uploaded). */
export function XlsxFileButton({ label, inputLabel, onFile, appearance = "secondary", disabled, testId }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={XLSX_TYPES}
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = ""; // choosing the same file again still opens it
        }}
      />
    </>
  );
}
