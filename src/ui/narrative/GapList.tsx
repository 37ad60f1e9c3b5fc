import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { GapEditor } from "./GapEditor";
import { gapField, typedFigureField, type FieldValues, type GapField } from "./gap-fields";
import type { Gap } from "./gaps";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
  chapter: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
});

interface Props {
  /** The chosen chapters' gaps, once per field. */
  gaps: readonly Gap[];
  values: FieldValues;
  onType(field: GapField, value: string): void;
  onFigureChanged(): void;
}

/**
 * 全部待填写项, folded: every field of the text in one list for those who prefer a form (the same fields as in the
 * text), and the figures typed earlier that the text now uses, to correct them.
 */
export function GapList({ gaps, values, onType, onFigureChanged }: Props) {
  const styles = useStyles();
  const fields = gaps.map((g) => ({ chapter: g.sectionTitle, field: gapField(g, values.inputNames) }));
  const listed = new Set(fields.map((f) => f.field.field));
  const typed = [
    ...Object.keys(values.prior).map((name) => typedFigureField("prior", name)),
    ...values.inputNames.filter((name) => values.inputs[name] !== undefined).map((name) => typedFigureField("inputs", name)),
  ].filter((f) => !listed.has(f.field));
  const rows = [...fields, ...typed.map((field) => ({ chapter: "已填写的数字", field }))];
  if (rows.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="all">
        <AccordionHeader as="h2" size="small">
          全部待填写项（{fields.length}）
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {rows.map((row, i) => (
            <div key={row.field.field}>
              {(i === 0 || rows[i - 1].chapter !== row.chapter) && <p className={styles.chapter}>{row.chapter}</p>}
              <GapEditor field={row.field} values={values} mode="form" onType={onType} onFigureChanged={onFigureChanged} />
            </div>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
