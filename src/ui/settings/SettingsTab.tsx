import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneSettings } from "./pane-settings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  settings: PaneSettings;
  /** Stores the settings with the workbook. */
  onSave(settings: PaneSettings): Promise<void>;
}

const RULE_HINT = "写法同规则目录，例如：rule Z01 error 自定义：支出决算表每行合计 ↵ for each row of 支出决算表 ↵ check [本年支出合计] = [基本支出] + [项目支出]";

function weightOf(value: string): PaneSettings["weightTotal"] {
  if (value === "90") return 90;
  if (value === "100") return 100;
  return "auto";
}

/** 设置: weight convention, rounding, custom rules and template — all stored in the workbook. */
export function SettingsTab({ settings, onSave }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(settings);
  }, [settings]);
  const change = (patch: Partial<PaneSettings>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const save = async () => {
    await onSave(draft);
    setSaved(true);
  };
  return (
    <div className={styles.root}>
      <Field label="绩效指标权重合计" hint="自评表中预算执行率另计 10 分时选 90。">
        <RadioGroup value={String(draft.weightTotal)} onChange={(_, d) => change({ weightTotal: weightOf(d.value) })}>
          <Radio value="auto" label="按工作簿自动判断" />
          <Radio value="90" label="90 分（另加预算执行 10 分）" />
          <Radio value="100" label="100 分" />
        </RadioGroup>
      </Field>
      <Field label="尾差处理">
        <RadioGroup value={draft.rounding} onChange={(_, d) => change({ rounding: d.value === "strict" ? "strict" : "interval" })}>
          <Radio value="interval" label="按显示的小数位判断，尾差列为警告（推荐）" />
          <Radio value="strict" label="严格：任何差额都列为错误" />
        </RadioGroup>
      </Field>
      <Field label="自定义核对规则" hint={RULE_HINT}>
        <Textarea className={styles.code} resize="vertical" rows={4} value={draft.customRules} onChange={(_, d) => change({ customRules: d.value })} />
      </Field>
      <Field label="自定义说明模板" hint="留空则使用标准模板。缺少的数字会显示为【缺：…】。">
        <Textarea className={styles.code} resize="vertical" rows={6} value={draft.customTemplate} onChange={(_, d) => change({ customTemplate: d.value })} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          保存到工作簿
        </Button>
        {saved && <Text role="status">已保存，重新检查后生效。</Text>}
      </div>
    </div>
  );
}
