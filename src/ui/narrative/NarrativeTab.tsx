import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { InsertTextResult } from "../../hosts/host";
import type { Finding } from "../../core/findings/finding";
import type { AnalysisView, NarrativeView, PriorFigures, WrittenSection } from "../engine";
import { FindingList } from "../check/FindingList";
import { groupFindings } from "../check/group-findings";
import { FigureFiles } from "./FigureFiles";
import { filledSections, gapsOf, narrativeParagraphs, type FillIns } from "./gaps";
import { gapPlaces } from "./gap-places";
import { asksBudget, type FieldValues, type GapField } from "./gap-fields";
import { GapList } from "./GapList";
import { NarrativePreview } from "./NarrativePreview";
import { unreadableFields } from "./unreadable";
import { MismatchNotice } from "./MismatchNotice";
import type { FigureSources } from "../state/use-narrative";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  claimsTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface NarrativeTabProps {
  /** The last check; the text is written from its recognised tables. */
  analysis?: AnalysisView;
  narrative?: NarrativeView;
  prior: PriorFigures;
  /** Figures typed for the text by name (政府采购支出总额 …). */
  inputs: PriorFigures;
  /** 年初预算数 read from this year's 预算公开 workbook. */
  budget: PriorFigures;
  fillIns: FillIns;
  /** Text claims found in an existing 情况说明 sheet (findings of kind "narrative"). */
  claims: Finding[];
  selectedKey?: string;
  busy: boolean;
  error?: string;
  /** Result of reading last year's workbook or this year's budget workbook. */
  fileNotice?: string;
  /** The files the figures were read from (“来自：…”). */
  sources: FigureSources;
  /** Why the workbook just opened seems to be another unit's or year's; it waits for onSettlePending. */
  pendingMessage?: string;
  onSettlePending(use: boolean): void;
  onPriorChange(prior: PriorFigures): void;
  onInputChange(name: string, value: string): void;
  onFillIn(id: string, text: string): void;
  onLoadPriorFile(file: File): void;
  onLoadBudgetFile(file: File): void;
  onGenerate(): void;
  onInsert(paragraphs: string[], overwrite: boolean): Promise<InsertTextResult>;
  onCopy(text: string): Promise<void>;
  /** Saves the chosen chapters (typed words in place) as a Word document. */
  onDownloadWord(sections: WrittenSection[]): Promise<void>;
  onSelect(finding: Finding): void;
}

type Notice = { intent: "success" | "warning" | "error"; text: string; canOverwrite?: boolean };

/**
 * 说明: the text first — each gap edited where it stands (GapEditor), every field also in a folded list; the
 * workbooks that fill many figures at once; copy, insert, Word; checks of an existing text.
 */
export function NarrativeTab(props: NarrativeTabProps) {
  const styles = useStyles();
  const { narrative, analysis, fillIns } = props;
  const idPrefix = `narrative${useId().replace(/:/g, "")}`;
  /** Chapters left out, kept when the text is written again (a typed figure regenerates it). */
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  const chosen = useMemo(() => new Set(narrative?.sections.flatMap((s) => (excluded.has(s.id) ? [] : [s.id])) ?? []), [narrative, excluded]);
  const chosenSections = useMemo(() => narrative?.sections.filter((s) => chosen.has(s.id)) ?? [], [narrative, chosen]);
  const gaps = useMemo(() => gapsOf(chosenSections), [chosenSections]);
  const paragraphs = useMemo(() => (narrative ? narrativeParagraphs(narrative.sections, chosen, fillIns) : []), [narrative, chosen, fillIns]);
  const places = useMemo(() => gapPlaces(narrative?.sections ?? [], fillIns), [narrative, fillIns]);
  const open = places.filter((p) => p.open && chosen.has(p.sectionId)).length;
  const unreadable = unreadableFields(props.prior, props.inputs);
  const values: FieldValues = { prior: props.prior, inputs: props.inputs, fillIns, inputNames: narrative?.inputs ?? [], sources: props.sources };
  const type = (field: GapField, value: string) => {
    if (!field.figure) props.onFillIn(field.field, value);
    else if (field.figure.role === "prior") props.onPriorChange({ ...props.prior, [field.figure.name]: value });
    else props.onInputChange(field.figure.name, value);
  };

  const insert = async (overwrite: boolean) => {
    const result = await props.onInsert(paragraphs, overwrite);
    setNotice(
      result.written
        ? { intent: "success", text: `已写入“${result.sheet}”${result.range}。` }
        : { intent: "warning", text: `“${result.sheet}”表中已有内容，未写入。`, canOverwrite: true },
    );
  };
  const downloadWord = async () => {
    try {
      await props.onDownloadWord(filledSections(narrative?.sections ?? [], chosen, fillIns));
      setNotice({ intent: "success", text: "已生成 Word 文档（黄色标出的是待补充处）。" });
    } catch (err) {
      setNotice({ intent: "error", text: `无法生成 Word 文档：${err instanceof Error ? err.message : String(err)}` });
    }
  };
  const copy = async () => {
    await props.onCopy(paragraphs.join("\n"));
    setNotice({ intent: "success", text: "已复制到剪贴板。" });
  };
  const choose = (id: string, on: boolean) => {
    const next = new Set(excluded);
    if (on) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };

  const claims = props.claims.length > 0 && (
    <section aria-labelledby={`${idPrefix}-claims`}>
      <h2 id={`${idPrefix}-claims`} className={styles.claimsTitle}>
        现有“情况说明”中的数字核对（{props.claims.length}）
      </h2>
      <FindingList groups={groupFindings(props.claims)} selectedKey={props.selectedKey} onSelect={props.onSelect} label="说明文字核对" />
    </section>
  );
  if (!analysis) return <Text>请先在“检查”页检查工作簿，说明文字根据识别出的表生成。</Text>;
  if (analysis.models.length === 0 && analysis.projects.length === 0) {
    return (
      <div className={styles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>没有可以生成说明的表</MessageBarTitle>
            情况说明根据识别出的公开表和绩效表中的数字生成，这个工作簿中没有识别出这些表（原因见“检查”页）。
          </MessageBarBody>
        </MessageBar>
        {claims}
      </div>
    );
  }
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
        <Button disabled={!paragraphs.length} onClick={downloadWord}>
          下载 Word
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
      {props.pendingMessage && <MismatchNotice message={props.pendingMessage} onSettle={props.onSettlePending} />}
      {props.fileNotice && (
        <MessageBar intent="info">
          <MessageBarBody>{props.fileNotice}</MessageBarBody>
        </MessageBar>
      )}
      {unreadable.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {unreadable.length} 项数字无法识别（{unreadable.join("、")}），未写入说明，其余照常生成：请点文中标红处改正。
          </MessageBarBody>
        </MessageBar>
      )}
      {narrative && open > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>文中还有 {open} 处待补充：点文中黄色的空位，就在原处填写；数字填好后说明随即更新。</MessageBarBody>
        </MessageBar>
      )}
      <FigureFiles
        busy={props.busy}
        wantsBudget={gaps.some(asksBudget) || Object.keys(props.budget).length > 0}
        budgetCount={Object.keys(props.budget).length}
        sources={props.sources}
        onLoadPriorFile={props.onLoadPriorFile}
        onLoadBudgetFile={props.onLoadBudgetFile}
      />
      {narrative && (
        <NarrativePreview
          key={narrative.sections.map((s) => s.id).join()}
          sections={narrative.sections}
          places={places}
          chosen={chosen}
          values={values}
          idPrefix={idPrefix}
          busy={props.busy}
          onChoose={choose}
          onType={type}
          onFigureChanged={props.onGenerate}
          onLoadBudgetFile={props.onLoadBudgetFile}
        />
      )}
      {narrative && <GapList gaps={gaps} values={values} onType={type} onFigureChanged={props.onGenerate} />}
      {claims}
    </div>
  );
}
