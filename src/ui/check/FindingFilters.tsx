import { Checkbox, Dropdown, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { FindingKind } from "../../core/findings/finding";
import { KIND_LABEL } from "../../core/findings/labels";
import { CLASS_LABEL, FINDING_CLASSES, type FindingClass } from "./finding-class";
import type { FindingFilter } from "./group-findings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  kind: { minWidth: "0", width: "100%" },
});

const ALL_KINDS = "all";

interface Props {
  filter: FindingFilter;
  /** Kinds present in the current findings (others are not offered). */
  kinds: FindingKind[];
  onChange(filter: FindingFilter): void;
}

/** 筛选: one checkbox per severity and one for 尾差, and a dropdown of finding kinds. */
export function FindingFilters({ filter, kinds, onChange }: Props) {
  const styles = useStyles();
  const toggle = (c: FindingClass, on: boolean) => {
    const classes = new Set(filter.classes);
    if (on) classes.add(c);
    else classes.delete(c);
    onChange({ ...filter, classes });
  };
  const kindLabel = filter.kind ? KIND_LABEL[filter.kind] : "全部类型";
  return (
    <div className={styles.root} role="group" aria-label="筛选">
      {FINDING_CLASSES.map((c) => (
        <Checkbox key={c} label={CLASS_LABEL[c]} checked={filter.classes.has(c)} onChange={(_, d) => toggle(c, d.checked === true)} />
      ))}
      <Dropdown
        className={styles.kind}
        aria-label="问题类型"
        value={kindLabel}
        selectedOptions={[filter.kind ?? ALL_KINDS]}
        onOptionSelect={(_, d) => onChange({ ...filter, kind: d.optionValue === ALL_KINDS ? undefined : (d.optionValue as FindingKind) })}
      >
        <Option value={ALL_KINDS}>全部类型</Option>
        {kinds.map((k) => (
          <Option key={k} value={k}>
            {KIND_LABEL[k]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
