import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { EngineConfig } from "../engine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
  advanced: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `0 0 ${tokens.spacingVerticalM}` },
  explain: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  example: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  settings: EngineConfig;
  /** Stores the settings with the workbook. */
  onSave(settings: EngineConfig): Promise<void>;
}

/** A custom rule as an accountant would write one (the notation's keywords stay as the parser reads them). */
const RULE_EXAMPLE = `rule Z01 error 支出决算表：每行本年支出合计 = 基本支出 + 项目支出
  for each row of 支出决算表
  check [本年支出合计] = [基本支出] + [项目支出]`;

function weightOf(value: string): EngineConfig["weightTotal"] {
  if (value === "90") return 90;
  if (value === "100") return 100;
  return "auto";
}

/** 设置: weight convention and rounding; custom rules and template under 高级 — all stored in the workbook. */
export function SettingsTab({ settings, onSave }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(settings);
  }, [settings]);
  const change = (patch: Partial<EngineConfig>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const save = async () => {
    await onSave(draft);
    setSaved(true);
  };
  const custom = Boolean(settings.customRules.trim() || settings.customTemplate.trim());
  return (
    <div className={styles.root}>
      <Field label="绩效指标权重合计" hint="自评表中预算执行率另计 10 分时选 90。">
        <RadioGroup value={String(draft.weightTotal)} onChange={(_, d) => change({ weightTotal: weightOf(d.value) })}>
          <Radio value="auto" label="按工作簿自动判断" />
          <Radio value="90" label="90 分（另加预算执行 10 分）" />
          <Radio value="100" label="100 分" />
        </RadioGroup>
      </Field>
      <Field label="尾差处理" hint="合计与各项之和只差最后一位（如 461.49 与 461.50）时怎样列出。">
        <RadioGroup value={draft.rounding} onChange={(_, d) => change({ rounding: d.value === "strict" ? "strict" : "interval" })}>
          <Radio value="interval" label="按显示的小数位判断，尾差列为警告（推荐）" />
          <Radio value="strict" label="严格：任何差额都列为错误" />
        </RadioGroup>
      </Field>
      <Field label="说明中的金额写法" hint="按本地区公开文本的习惯选择。">
        <RadioGroup value={draft.numberStyle} onChange={(_, d) => change({ numberStyle: d.value === "plain" ? "plain" : "fixed" })}>
          <Radio value="fixed" label="保留两位小数：0.00万元、100.00%" />
          <Radio value="plain" label="去掉末尾的零：0万元、100%" />
        </RadioGroup>
      </Field>
      <Field label="说明的首尾章节" hint="部门概况（主要职责、机构设置，需自行填写）放在最前，名词解释放在最后。">
        <Checkbox checked={draft.framingChapters} label="包含“部门概况”和“名词解释”" onChange={(_, d) => change({ framingChapters: d.checked === true })} />
      </Field>
      <Accordion collapsible defaultOpenItems={custom ? ["advanced"] : []}>
        <AccordionItem value="advanced">
          <AccordionHeader as="h2" size="small">
            高级：自定义核对规则和说明模板
          </AccordionHeader>
          <AccordionPanel className={styles.advanced}>
            <p className={styles.explain}>
              除内置的核对外，可以再写本单位自己的规则。每条规则三行，关键词用英文或括号里的中文都可以，表名、行名、列名用表上的中文：
            </p>
            <ul className={styles.list}>
              <li>第一行 rule（规则） 编号 严重程度 名称：严重程度写 error（错误）、warning（警告）或 info（提示）；</li>
              <li>第二行 核对范围：for each row of 表名（每行 表名：逐行核对），或 in 表名（在 表名：核对指定单元格）；</li>
              <li>第三行 check（核对） 等式：方括号里写列名，逐行时如 [基本支出]，指定单元格时写 [行名, 列名]；列名后加 ? 表示表中没有该列时按 0 计。</li>
            </ul>
            <Text size={200}>例如，每行的本年支出合计应等于基本支出加项目支出：</Text>
            <pre className={styles.example} aria-label="规则示例">
              {RULE_EXAMPLE}
            </pre>
            <Field label="自定义核对规则" hint="保存后重新检查生效；写错时检查会指出第几行有误。">
              <Textarea className={styles.code} resize="vertical" rows={4} value={draft.customRules} onChange={(_, d) => change({ customRules: d.value })} />
            </Field>
            <Field label="自定义说明模板" hint="留空则使用标准模板。缺少的数字会显示为【缺：…】。">
              <Textarea
                className={styles.code}
                resize="vertical"
                rows={6}
                value={draft.customTemplate}
                onChange={(_, d) => change({ customTemplate: d.value })}
              />
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          保存到工作簿
        </Button>
        {saved && <Text role="status">已保存，重新检查后生效。</Text>}
      </div>
    </div>
  );
}
