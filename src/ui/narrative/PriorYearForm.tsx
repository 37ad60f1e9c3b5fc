import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { XlsxFileButton } from "../XlsxFileButton";
import type { PriorFigures } from "../engine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  /** Item names (收支总计 …) the text needs: already known ones and the missing ones. */
  names: string[];
  prior: PriorFigures;
  onChange(prior: PriorFigures): void;
  onLoadFile(file: File): void;
  busy: boolean;
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** 上年数: load last year's workbook, or type the figures; they are stored with this workbook. */
export function PriorYearForm({ names, prior, onChange, onLoadFile, busy }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="上年数">
      <Text weight="semibold">上年数（万元）</Text>
      <XlsxFileButton label="从上年工作簿读取…" inputLabel="上年工作簿" disabled={busy} onFile={onLoadFile} />
      {names.length === 0 && <Text size={200}>生成说明后，这里列出需要的上年数字。</Text>}
      {names.map((name) => {
        const value = prior[name] ?? "";
        const invalid = value !== "" && !AMOUNT.test(value.trim());
        return (
          <Field key={name} label={`上年${name}`} validationState={invalid ? "error" : "none"} validationMessage={invalid ? "请输入数字，如 512.30" : undefined}>
            <Input inputMode="decimal" value={value} onChange={(_, d) => onChange({ ...prior, [name]: d.value })} />
          </Field>
        );
      })}
    </section>
  );
}
