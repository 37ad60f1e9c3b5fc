import { Button, Field, Input, makeStyles, mergeClasses, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from "react";
import { XlsxFileButton } from "../XlsxFileButton";
import { fieldValue, figureProblem, figureSource, type FieldValues, type GapField } from "./gap-fields";

const useStyles = makeStyles({
  inline: {
    display: "block",
    textIndent: 0,
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  form: { display: "block" },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  keys: { color: tokens.colorNeutralForeground3 },
  note: { display: "block", marginBottom: tokens.spacingVerticalXS },
});

/**
 * How an editor in the text closes: on to the next open gap (Enter, Tab), done (Shift+Tab, 完成), undone (Esc, 取消),
 * or left (a click elsewhere: focus stays where it went).
 */
export type EditorExit = "next" | "done" | "cancel" | "left";

interface Props {
  field: GapField;
  values: FieldValues;
  /** In the text (opened on a gap, closed when done) or in the list of all fields (always open). */
  mode: "inline" | "form";
  busy?: boolean;
  /** What is typed, keystroke by keystroke (kept at once: nothing typed is lost). */
  onType(field: GapField, value: string): void;
  /** A figure was changed: the text is written again with it. */
  onFigureChanged(): void;
  onExit?(how: EditorExit): void;
  onLoadBudgetFile?(file: File): void;
}

/**
 * The field of one gap, named after its item (“公务接待费 变动原因”): words or a figure as people type it (a figure
 * that cannot be read says why). In the text, Enter finishes and opens the next open gap, Esc puts back what was
 * there, Tab or a click elsewhere finishes.
 */
export function GapEditor({ field, values, mode, busy, onType, onFigureChanged, onExit, onLoadBudgetFile }: Props) {
  const styles = useStyles();
  const value = fieldValue(field, values);
  const before = useRef(value);
  const closed = useRef(false);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const inline = mode === "inline";
  useEffect(() => {
    if (!inline) return;
    const target = input.current ?? first.current;
    target?.focus();
    target?.scrollIntoView({ block: "nearest" });
  }, [inline]);

  const finish = (how: EditorExit) => {
    if (closed.current) return;
    if (how === "cancel") onType(field, before.current);
    else if (field.figure && value !== before.current) onFigureChanged();
    before.current = how === "cancel" ? before.current : value;
    if (!inline) return;
    closed.current = true;
    onExit?.(how);
  };
  const problem = figureProblem(field, value);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return; // the input method's Enter picks characters
    if (e.key === "Escape" && inline) {
      e.preventDefault();
      e.stopPropagation();
      finish("cancel");
    } else if (e.key === "Enter" && !e.shiftKey && field.input !== "none") {
      e.preventDefault();
      if (!problem) finish(inline ? "next" : "done");
    } else if (e.key === "Tab" && inline && e.target === input.current) {
      e.preventDefault();
      finish(e.shiftKey ? "done" : "next");
    }
  };
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) finish("left");
  };
  const source = figureSource(field, values);
  return (
    <div
      role={inline ? "group" : undefined}
      aria-label={inline ? `填写：${field.label}` : undefined}
      className={mergeClasses(inline ? styles.inline : styles.form)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      data-gap-editor={field.field}
    >
      {field.input === "none" ? (
        <>
          <Text weight="semibold" className={styles.note}>
            {field.label}
          </Text>
          <Text size={200} className={styles.note}>
            {field.note}
          </Text>
        </>
      ) : (
        <Field label={field.label} hint={source ? `来自：${source}` : undefined} validationState={problem ? "error" : "none"} validationMessage={problem}>
          {field.input === "words" ? (
            <Textarea ref={input} resize="vertical" rows={2} value={value} onChange={(_, d) => onType(field, d.value.replace(/\n/g, ""))} />
          ) : (
            <Input
              ref={input}
              inputMode="decimal"
              value={value}
              contentAfter={field.input === "amount" ? "万元" : undefined}
              onChange={(_, d) => onType(field, d.value)}
            />
          )}
        </Field>
      )}
      {inline && (
        <span className={styles.bar}>
          {field.budget && onLoadBudgetFile && (
            <XlsxFileButton label="读取预算公开表…" inputLabel="本年预算公开表" size="small" disabled={busy} onFile={onLoadBudgetFile} />
          )}
          <Button ref={first} size="small" appearance="primary" onClick={() => finish(field.input === "none" ? "next" : "done")}>
            {field.input === "none" ? "下一处" : "完成"}
          </Button>
          <Button size="small" onClick={() => finish("cancel")}>
            {field.input === "none" ? "关闭" : "取消"}
          </Button>
          {field.input !== "none" && (
            <Text size={100} className={styles.keys}>
              Enter 完成并到下一处，Esc 取消
            </Text>
          )}
        </span>
      )}
    </div>
  );
}
