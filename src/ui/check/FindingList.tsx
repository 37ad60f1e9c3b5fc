import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { KIND_LABEL } from "../labels";
import { findingKey, type FindingGroup } from "./group-findings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, listStyle: "none" },
  groupTitle: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    overflowWrap: "anywhere",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  selected: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  kind: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: "anywhere", lineHeight: tokens.lineHeightBase300 },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  groups: FindingGroup[];
  selectedKey?: string;
  onSelect(finding: Finding): void;
}

/** Findings grouped by table; each is a button (click, Enter or Space goes to its cell). */
export function FindingList({ groups, selectedKey, onSelect }: Props) {
  const styles = useStyles();
  return (
    <div aria-label="问题列表">
      {groups.map((g) => (
        <section key={g.key} aria-label={g.title}>
          <h3 className={styles.groupTitle}>{g.title}</h3>
          <ul className={styles.group}>
            {g.findings.map((f) => (
              <li key={findingKey(f)}>
                <FindingItem finding={f} selected={findingKey(f) === selectedKey} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FindingItem({ finding, selected, onSelect }: { finding: Finding; selected: boolean; onSelect(f: Finding): void }) {
  const styles = useStyles();
  const where = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet || "整个工作簿";
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, selected && styles.selected)}
      aria-pressed={selected}
      data-cell={where}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.head}>
        <SeverityBadge severity={finding.severity} />
        <span className={styles.cell}>{where}</span>
        <span className={styles.kind}>{KIND_LABEL[finding.kind]}</span>
      </span>
      <Text className={styles.message}>{finding.message}</Text>
      {finding.expected !== undefined && (
        <span className={styles.values}>
          应为 {finding.expected}
          {finding.actual !== undefined ? `，现为 ${finding.actual}` : ""}
        </span>
      )}
    </button>
  );
}
