import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReviewedFinding, ReviewState } from "../../core/audit/review";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const LABEL: Record<ReviewState, string> = { open: "未处理", explained: "已说明", ignored: "忽略" };

export interface FindingStatusProps {
  reviewed: ReviewedFinding;
  /** Stores the status with the workbook; resolves to the reason when refused. */
  onSave(id: string, state: ReviewState, text: string): Promise<string | undefined>;
}

/**
 * The accountant's word on one finding, for the 审核报告: a 提示 may be 已说明 (with the explanation) or 忽略 (with the
 * reason); a 强制 error can only be fixed, and says so.
 */
export function FindingStatus({ reviewed, onSave }: FindingStatusProps) {
  const styles = useStyles();
  const [state, setState] = useState<ReviewState>(reviewed.state);
  const [text, setText] = useState(reviewed.text ?? "");
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    setState(reviewed.state);
    setText(reviewed.text ?? "");
    setMessage(undefined);
  }, [reviewed]);
  if (reviewed.finding.severity === "error") {
    return (
      <div className={styles.root} data-testid="finding-status">
        <Text className={styles.hint}>强制性错误：不能说明或忽略，请修改后重新检查（修改后在审核报告中记为“已修改”）。</Text>
      </div>
    );
  }
  const save = async () => setMessage((await onSave(reviewed.id, state, text)) ?? `已保存：${LABEL[state]}`);
  return (
    <div className={styles.root} data-testid="finding-status">
      <RadioGroup layout="horizontal" value={state} onChange={(_, data) => setState(data.value as ReviewState)} aria-label="处理状态">
        {(Object.keys(LABEL) as ReviewState[]).map((s) => (
          <Radio key={s} value={s} label={LABEL[s]} />
        ))}
      </RadioGroup>
      {state !== "open" && (
        <Field label={state === "explained" ? "说明（写入审核报告）" : "忽略的理由（写入审核报告）"}>
          <Textarea
            value={text}
            resize="vertical"
            onChange={(_, data) => setText(data.value)}
            placeholder={state === "explained" ? "例如：该单位本年无政府性基金收入" : ""}
          />
        </Field>
      )}
      <div>
        <Button size="small" onClick={save}>
          保存
        </Button>
      </div>
      {message && <Text className={styles.hint}>{message}</Text>}
    </div>
  );
}
