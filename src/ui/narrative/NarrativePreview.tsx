import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { NarrativeSection } from "../engine";
import { GapEditor, type EditorExit } from "./GapEditor";
import { fieldValue, figureProblem, gapField, type FieldValues, type GapField } from "./gap-fields";
import { nextOpenPlace, placeKey, type GapPlace } from "./gap-places";
import { openGapCount, sectionLines, type TextPart } from "./gaps";

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, flexGrow: 1 },
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
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorPaletteYellowBackground3 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  filled: { backgroundColor: tokens.colorPaletteGreenBackground1, ":hover": { backgroundColor: tokens.colorPaletteGreenBackground2 } },
  invalid: { backgroundColor: tokens.colorPaletteRedBackground1, textDecorationColor: tokens.colorPaletteRedForeground1 },
});

interface Props {
  sections: readonly NarrativeSection[];
  /** Every place of a gap in reading order (gap-places.ts). */
  places: readonly GapPlace[];
  chosen: ReadonlySet<string>;
  /** What the gaps' fields read: typed figures and words, the figures the text asks for, their files. */
  values: FieldValues;
  idPrefix: string;
  busy: boolean;
  onChoose(id: string, on: boolean): void;
  onType(field: GapField, value: string): void;
  onFigureChanged(): void;
  onLoadBudgetFile(file: File): void;
}

/**
 * 说明预览, the text as the accountant reads it and where it is completed: one collapsible chapter per section, a box
 * to leave it out, every gap a control that opens its field right there (“公务接待费 变动原因”); 下一处待填写 goes
 * from one open gap to the next.
 */
export function NarrativePreview(props: Props) {
  const { sections, places, chosen, values, idPrefix, onChoose } = props;
  const styles = useStyles();
  const [open, setOpen] = useState<string[]>(sections.slice(0, 1).map((s) => s.id));
  const [active, setActive] = useState<string>();
  const [focusOn, setFocusOn] = useState<string>();
  const lastPlace = useRef<string | undefined>(undefined);
  const root = useRef<HTMLElement>(null);
  const remaining = places.filter((p) => p.open && chosen.has(p.sectionId)).length;
  const allOpen = open.length === sections.length;

  useEffect(() => {
    if (!focusOn) return;
    root.current?.querySelector<HTMLElement>(`[data-gap-place="${CSS.escape(focusOn)}"]`)?.focus();
    setFocusOn(undefined);
  }, [focusOn]);

  const activate = (place: GapPlace) => {
    if (!open.includes(place.sectionId)) setOpen([...open, place.sectionId]);
    lastPlace.current = placeKey(place);
    setActive(placeKey(place));
  };
  const goNext = () => {
    const next = nextOpenPlace(places, chosen, active ?? lastPlace.current);
    if (next) activate(next);
    return next;
  };
  const exit = (key: string, how: EditorExit) => {
    setActive(undefined);
    if (how === "left") return;
    if (how === "next" && goNext()) return;
    setFocusOn(key);
  };

  return (
    <article ref={root} className={styles.root} aria-labelledby={`${idPrefix}-preview`}>
      <div className={styles.bar}>
        <h2 id={`${idPrefix}-preview`} className={styles.title}>
          说明预览
        </h2>
        {remaining > 0 && (
          <Button size="small" appearance="primary" onClick={goNext}>
            下一处待填写（{remaining}）
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => setOpen(allOpen ? [] : sections.map((s) => s.id))}>
          {allOpen ? "全部收起" : "全部展开"}
        </Button>
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        {sections.map((s) => {
          const gaps = openGapCount(s, values.fillIns);
          const included = chosen.has(s.id);
          const seen = new Map<string, number>();
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
                {sectionLines(s, values.fillIns).map((line, i) => (
                  <div key={i} className={styles.paragraph}>
                    {line.map((part, j) => {
                      if (!part.gap) return part.text;
                      const n = seen.get(part.gap.field) ?? 0;
                      seen.set(part.gap.field, n + 1);
                      const place = { sectionId: s.id, field: part.gap.field, n, open: !part.filled };
                      const key = placeKey(place);
                      const field = gapField(part.gap, values.inputNames);
                      return key === active ? (
                        <GapEditor
                          key={j}
                          field={field}
                          values={values}
                          mode="inline"
                          busy={props.busy}
                          onType={props.onType}
                          onFigureChanged={props.onFigureChanged}
                          onLoadBudgetFile={props.onLoadBudgetFile}
                          onExit={(how) => exit(key, how)}
                        />
                      ) : (
                        <GapChip
                          key={j}
                          part={part}
                          field={field}
                          values={values}
                          place={key}
                          onOpen={() => activate(place)}
                          onFocus={() => (lastPlace.current = key)}
                        />
                      );
                    })}
                  </div>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </article>
  );
}

/**
 * A gap in the text: its placeholder (or the words typed for it), a control that opens its field, named after its
 * item before what it shows (“公务接待费 变动原因：【待填写：主要变动原因】”).
 */
function GapChip(props: { part: TextPart; field: GapField; values: FieldValues; place: string; onOpen(): void; onFocus(): void }) {
  const { part, field, values, place, onOpen, onFocus } = props;
  const styles = useStyles();
  const problem = figureProblem(field, fieldValue(field, values));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    onOpen();
  };
  return (
    <span
      role="button"
      tabIndex={0}
      data-gap-place={place}
      aria-label={`${field.label}：${part.text}`}
      title={problem ?? `填写：${field.label}`}
      className={mergeClasses(styles.gap, part.filled && styles.filled, problem && styles.invalid)}
      onClick={onOpen}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {part.text}
    </span>
  );
}
