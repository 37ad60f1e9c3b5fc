import { Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { isCountName, readTypedAmount } from "../../core/numbers/typed-amount";
import type { PriorFigures } from "../engine";
import { XlsxFileButton } from "../XlsxFileButton";
import type { FillIns, Gap } from "./gaps";
import type { FigureSources } from "../state/use-narrative";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, padding: 0, margin: `0 0 ${tokens.spacingVerticalXS}` },
  note: { color: tokens.colorNeutralForeground3 },
  chapter: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  missingList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200, ":focus-within": { outline: "none" } },
  missingItem: { overflowWrap: "anywhere", ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

interface Props {
  /** Prefix of the fields' element ids (the preview's gap links point at them). */
  idPrefix: string;
  /** Gaps of the generated text; empty before the first generation. */
  gaps: readonly Gap[];
  prior: PriorFigures;
  /** Figures the text asks for by name (政府采购支出总额 …), and what was typed for them. */
  inputNames: readonly string[];
  inputs: PriorFigures;
  /** How many 年初预算数 were read from this year's 预算公开 workbook (0: none yet). */
  budgetCount: number;
  /** The files the figures were read from. */
  sources: FigureSources;
  fillIns: FillIns;
  busy: boolean;
  onPriorChange(prior: PriorFigures): void;
  onInputChange(name: string, value: string): void;
  onFillIn(id: string, text: string): void;
  onLoadPriorFile(file: File): void;
  onLoadBudgetFile(file: File): void;
}

const BUDGET = /年初预算数$/;

/** The element id of a gap's field: “pane-说明-prior:收支总计”. */
export function fieldId(prefix: string, gapId: string): string {
  return `${prefix}-${gapId.replace(/\s+/g, "_")}`;
}

/**
 * What the text needs from the accountant, before the preview: 上年数 (typed or read from last year's workbook),
 * the 年初预算数 (read from this year's 预算公开 workbook), the figures only they know (政府采购支出总额 …), other
 * figures the tables do not hold, and the words only they can write (原因).
 */
export function FiguresForm(props: Props) {
  const { idPrefix, gaps, prior, inputNames, inputs, fillIns, busy, onPriorChange, onInputChange, onFillIn, onLoadPriorFile } = props;
  const styles = useStyles();
  const priorNames = [...new Set([...gaps.flatMap((g) => (g.kind === "prior" && g.item ? [g.item] : [])), ...Object.keys(prior)])];
  const fromTables = gaps.filter((g) => g.kind === "table" && !inputNames.some((name) => g.field === `table:${name}`));
  const budget = fromTables.filter((g) => BUDGET.test(g.label));
  const otherMissing = fromTables.filter((g) => !BUDGET.test(g.label));
  const fills = gaps.filter((g) => g.kind === "fill");
  return (
    <section className={styles.root} aria-labelledby={`${idPrefix}-form`}>
      <h2 id={`${idPrefix}-form`} className={styles.title}>
        补充数字和文字
      </h2>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>上年数（万元）</legend>
        <XlsxFileButton label="从上年工作簿读取…" inputLabel="上年工作簿" disabled={busy} onFile={onLoadPriorFile} />
        {priorNames.length === 0 && (
          <Text size={200} className={styles.note}>
            生成说明后，这里列出与上年比较所需的数字。
          </Text>
        )}
        {priorNames.map((name) => (
          <AmountField
            key={name}
            id={fieldId(idPrefix, `prior:${name}`)}
            label={`上年${name}`}
            value={prior[name] ?? ""}
            source={
              props.sources.prior && prior[name] !== undefined && props.sources.prior.figures[name] === prior[name] ? props.sources.prior.file : undefined
            }
            onChange={(value) => onPriorChange({ ...prior, [name]: value })}
          />
        ))}
      </fieldset>
      {inputNames.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>本年数（表中没有的）</legend>
          <Text size={200} className={styles.note}>
            金额以万元填写；车辆、设备填数量。
          </Text>
          {inputNames.map((name) => (
            <AmountField
              key={name}
              id={fieldId(idPrefix, `table:${name}`)}
              label={name}
              count={isCountName(name)}
              value={inputs[name] ?? ""}
              onChange={(value) => onInputChange(name, value)}
            />
          ))}
        </fieldset>
      )}
      {(budget.length > 0 || props.budgetCount > 0) && (
        <section className={styles.group} aria-label="年初预算数">
          <h3 className={styles.legend}>年初预算数</h3>
          <XlsxFileButton label="从本年预算公开表读取…" inputLabel="本年预算公开表" disabled={busy} onFile={props.onLoadBudgetFile} />
          {props.budgetCount > 0 && (
            <Text size={200} className={styles.note}>
              已读取 {props.budgetCount} 项年初预算数{props.sources.budget ? `（来自：${props.sources.budget}）` : ""}。
            </Text>
          )}
          {budget.length > 0 && (
            <MissingFigures
              idPrefix={idPrefix}
              legend="仍缺的年初预算数"
              gaps={budget}
              note="决算公开表中没有各科目的年初预算数：请读取本年预算公开表，或插入说明后按预算批复补成“年初预算为…万元，完成年初预算的…%”。"
            />
          )}
        </section>
      )}
      {otherMissing.length > 0 && (
        <MissingFigures
          idPrefix={idPrefix}
          legend="表中没有的数字"
          gaps={otherMissing}
          note="识别出的表中没有这些数字，说明里保留了【缺：…】，请核对表格或插入后手工填写。"
        />
      )}
      {fills.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>需要填写的文字（原因、政府采购等）</legend>
          <Text size={200} className={styles.note}>
            填写的内容直接替换说明中的【待填写：…】，留空则保留原样。
          </Text>
          {fills.map((g, i) => (
            <div key={g.field}>
              {(i === 0 || fills[i - 1].sectionId !== g.sectionId) && <p className={styles.chapter}>{g.sectionTitle}</p>}
              <Field label={g.label}>
                {/原因|情况|用途/.test(g.label) ? (
                  <Textarea
                    id={fieldId(idPrefix, g.field)}
                    resize="vertical"
                    rows={2}
                    value={fillIns[g.field] ?? ""}
                    onChange={(_, d) => onFillIn(g.field, d.value)}
                  />
                ) : (
                  <Input id={fieldId(idPrefix, g.field)} value={fillIns[g.field] ?? ""} onChange={(_, d) => onFillIn(g.field, d.value)} />
                )}
              </Field>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}

/**
 * An amount typed in 万元 (or a count), as people type it (４８３．２３, 1,234.50, 483.23万元); what cannot be read is
 * said under the field and left out of the text (its gap stays), the other fields still reach it. A figure read
 * from a file says which (“来自：XX局2022年决算.xlsx”) until it is typed over.
 */
function AmountField(props: { id: string; label: string; value: string; count?: boolean; source?: string; onChange(value: string): void }) {
  const { id, label, value, count, source, onChange } = props;
  const typed = readTypedAmount(value, count);
  const invalid = typed.kind === "invalid";
  return (
    <Field
      label={label}
      hint={source ? `来自：${source}` : undefined}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? `${typed.message}；此项暂不写入说明` : undefined}
    >
      <Input id={id} inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

function MissingFigures({ idPrefix, legend, gaps, note }: { idPrefix: string; legend: string; gaps: readonly Gap[]; note: string }) {
  const styles = useStyles();
  return (
    <section className={styles.group} aria-label={legend}>
      <h3 className={styles.legend}>{legend}</h3>
      <Text size={200} className={styles.note}>
        {note}
      </Text>
      <ul className={styles.missingList}>
        {gaps.map((g) => (
          <li key={g.field} id={fieldId(idPrefix, g.field)} tabIndex={-1} className={styles.missingItem}>
            {g.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
