import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { PriorFigures } from "../engine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hidden: { display: "none" },
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
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-label="上年数">
      <Text weight="semibold">上年数（万元）</Text>
      <Button disabled={busy} onClick={() => input.current?.click()}>
        从上年工作簿读取…
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        aria-label="上年工作簿"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onLoadFile(file);
          e.target.value = "";
        }}
      />
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
