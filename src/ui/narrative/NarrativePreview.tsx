import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { NarrativeSection } from "../engine";
import { fieldId } from "./FiguresForm";
import { openGapCount, sectionLines, type FillIns, type TextPart } from "./gaps";

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  chapter: { display: "flex", alignItems: "flex-start", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  chapterHead: { flexGrow: 1, minWidth: 0 },
  include: { paddingTop: tokens.spacingVerticalXXS },
  gapCount: { color: tokens.colorPaletteDarkOrangeForeground2, fontWeight: tokens.fontWeightRegular, marginLeft: tokens.spacingHorizontalXS },
  excluded: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  panel: { margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}`, lineHeight: tokens.lineHeightBase400, textIndent: "2em" },
  gap: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    padding: "0 2px",
    borderRadius: tokens.borderRadiusSmall,
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  filled: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

interface Props {
  sections: readonly NarrativeSection[];
  chosen: ReadonlySet<string>;
  fillIns: FillIns;
  /** Prefix of the form's field ids: each gap links to its field. */
  idPrefix: string;
  onChoose(id: string, on: boolean): void;
}

/** 说明预览: one collapsible chapter per section, a box to leave it out, every gap a link to the field that fills it. */
export function NarrativePreview({ sections, chosen, fillIns, idPrefix, onChoose }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState<string[]>(sections.slice(0, 1).map((s) => s.id));
  const allOpen = open.length === sections.length;
  return (
    <article className={styles.root} aria-labelledby={`${idPrefix}-preview`}>
      <div className={styles.bar}>
        <h2 id={`${idPrefix}-preview`} className={styles.title}>
          说明预览
        </h2>
        <Button size="small" appearance="subtle" onClick={() => setOpen(allOpen ? [] : sections.map((s) => s.id))}>
          {allOpen ? "全部收起" : "全部展开"}
        </Button>
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        {sections.map((s) => {
          const gaps = openGapCount(s, fillIns);
          const included = chosen.has(s.id);
          return (
            <AccordionItem key={s.id} value={s.id}>
              <div className={styles.chapter}>
                <Checkbox
                  className={styles.include}
                  checked={included}
                  aria-label={`写入“${s.title}”`}
                  onChange={(_, d) => onChoose(s.id, d.checked === true)}
                />
                <AccordionHeader as="h3" className={styles.chapterHead} size="small">
                  <span className={mergeClasses(!included && styles.excluded)}>{s.title}</span>
                  {gaps > 0 && <span className={styles.gapCount}>（{gaps} 处待补充）</span>}
                </AccordionHeader>
              </div>
              <AccordionPanel className={styles.panel}>
                {sectionLines(s, fillIns).map((line, i) => (
                  <p key={i} className={styles.paragraph}>
                    {line.map((part, j) => (
                      <Part key={j} part={part} idPrefix={idPrefix} />
                    ))}
                  </p>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </article>
  );
}

function Part({ part, idPrefix }: { part: TextPart; idPrefix: string }) {
  const styles = useStyles();
  if (!part.gap) return <>{part.text}</>;
  const target = fieldId(idPrefix, part.gap.field);
  const go = () => {
    const field = document.getElementById(target);
    field?.scrollIntoView({ block: "center" });
    field?.focus();
  };
  return (
    <a
      href={`#${target}`}
      className={mergeClasses(styles.gap, part.filled && styles.filled)}
      title={`填写：${part.gap.label}`}
      onClick={(e) => {
        e.preventDefault();
        go();
      }}
    >
      {part.text}
    </a>
  );
}
