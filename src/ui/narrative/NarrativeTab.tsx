import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { InsertTextResult } from "../../hosts/host";
import type { Finding } from "../../core/findings/finding";
import type { NarrativeView, PriorFigures } from "../engine";
import { FindingList } from "../check/FindingList";
import { groupFindings } from "../check/group-findings";
import { countPlaceholders, narrativeParagraphs, splitPlaceholders } from "./narrative-text";
import { PriorYearForm } from "./PriorYearForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  sections: { display: "flex", flexDirection: "column" },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  sectionTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}`, lineHeight: tokens.lineHeightBase400, textIndent: "2em" },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, padding: "0 2px" },
});

export interface NarrativeTabProps {
  /** False until the workbook has been checked (the text is written from the recognised tables). */
  ready: boolean;
  narrative?: NarrativeView;
  prior: PriorFigures;
  /** Text claims found in an existing 情况说明 sheet (findings of kind "narrative"). */
  claims: Finding[];
  selectedKey?: string;
  busy: boolean;
  error?: string;
  /** Result of reading last year's workbook. */
  priorNotice?: string;
  onPriorChange(prior: PriorFigures): void;
  onLoadPriorFile(file: File): void;
  onGenerate(): void;
  onInsert(paragraphs: string[], overwrite: boolean): Promise<InsertTextResult>;
  onCopy(text: string): Promise<void>;
  onSelect(finding: Finding): void;
}

type Notice = { intent: "success" | "warning" | "error"; text: string; canOverwrite?: boolean };

/** 说明: choose sections, give prior-year figures, preview, copy or insert the 情况说明. */
export function NarrativeTab(props: NarrativeTabProps) {
  const styles = useStyles();
  const { narrative } = props;
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    setChosen(new Set(narrative?.sections.map((s) => s.id) ?? []));
  }, [narrative]);
  const paragraphs = useMemo(() => (narrative ? narrativeParagraphs(narrative.sections, chosen) : []), [narrative, chosen]);
  const placeholders = paragraphs.reduce((n, p) => n + countPlaceholders(p), 0);
  const priorNames = useMemo(() => [...new Set([...Object.keys(props.prior), ...(narrative?.missingPrior ?? [])])], [props.prior, narrative]);

  const insert = async (overwrite: boolean) => {
    const result = await props.onInsert(paragraphs, overwrite);
    setNotice(
      result.written
        ? { intent: "success", text: `已写入“${result.sheet}”${result.range}。` }
        : { intent: "warning", text: `“${result.sheet}”表中已有内容，未写入。`, canOverwrite: true },
    );
  };
  const copy = async () => {
    await props.onCopy(paragraphs.join("\n"));
    setNotice({ intent: "success", text: "已复制到剪贴板。" });
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  if (!props.ready) return <Text>请先在“检查”页检查工作簿，说明文字根据识别出的表生成。</Text>;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onGenerate}>
          {narrative ? "重新生成" : "生成说明"}
        </Button>
        <Button disabled={!paragraphs.length} onClick={copy}>
          复制
        </Button>
        <Button disabled={!paragraphs.length} onClick={() => insert(false)}>
          插入到工作表
        </Button>
      </div>
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.text}
            {notice.canOverwrite && (
              <Button size="small" appearance="transparent" onClick={() => insert(true)}>
                覆盖
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {narrative && (
        <section className={styles.sections} aria-label="选择章节">
          <Text weight="semibold">章节</Text>
          {narrative.sections.map((s) => (
            <Checkbox key={s.id} label={s.title} checked={chosen.has(s.id)} onChange={(_, d) => toggle(s.id, d.checked === true)} />
          ))}
        </section>
      )}
      {placeholders > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>文中有 {placeholders} 处待补充：【缺：…】可在下方填上年数后重新生成，【待填写：…】请插入后手工填写。</MessageBarBody>
        </MessageBar>
      )}
      {narrative && <Preview sections={narrative.sections.filter((s) => chosen.has(s.id))} />}
      {props.priorNotice && (
        <MessageBar intent="info">
          <MessageBarBody>{props.priorNotice}</MessageBarBody>
        </MessageBar>
      )}
      <PriorYearForm names={priorNames} prior={props.prior} onChange={props.onPriorChange} onLoadFile={props.onLoadPriorFile} busy={props.busy} />
      {props.claims.length > 0 && (
        <section aria-label="说明文字核对">
          <Text weight="semibold">现有“情况说明”中的数字核对（{props.claims.length}）</Text>
          <FindingList groups={groupFindings(props.claims)} selectedKey={props.selectedKey} onSelect={props.onSelect} />
        </section>
      )}
    </div>
  );
}

function Preview({ sections }: { sections: NarrativeView["sections"] }) {
  const styles = useStyles();
  return (
    <article className={styles.preview} aria-label="说明预览">
      {sections.map((s) => (
        <section key={s.id}>
          <h3 className={styles.sectionTitle}>{s.title}</h3>
          {s.text
            .split(/\n+/)
            .filter((line) => line.trim())
            .map((line, i) => (
              <p key={i} className={styles.paragraph}>
                {splitPlaceholders(line).map((part, j) =>
                  part.placeholder ? (
                    <mark key={j} className={styles.placeholder}>
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            ))}
        </section>
      ))}
    </article>
  );
}
