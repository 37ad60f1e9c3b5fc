import { Checkbox, Dropdown, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { FindingKind, Severity } from "../../core/findings/finding";
import { KIND_LABEL, SEVERITIES, SEVERITY_LABEL } from "../labels";
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

/** 筛选: one checkbox per severity and a dropdown of finding kinds. */
export function FindingFilters({ filter, kinds, onChange }: Props) {
  const styles = useStyles();
  const toggle = (s: Severity, on: boolean) => {
    const severities = new Set(filter.severities);
    if (on) severities.add(s);
    else severities.delete(s);
    onChange({ ...filter, severities });
  };
  const kindLabel = filter.kind ? KIND_LABEL[filter.kind] : "全部类型";
  return (
    <div className={styles.root} role="group" aria-label="筛选">
      {SEVERITIES.map((s) => (
        <Checkbox key={s} label={SEVERITY_LABEL[s]} checked={filter.severities.has(s)} onChange={(_, d) => toggle(s, d.checked === true)} />
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
