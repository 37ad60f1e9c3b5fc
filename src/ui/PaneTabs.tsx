import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: "-1px",
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

interface Props<T extends string> {
  tabs: Record<T, string>;
  selected: T;
  onSelect(tab: T): void;
  /** Accessible name of the tab list. */
  label: string;
  /** Id of the panel the tabs control. */
  panelId: string;
  idPrefix: string;
}

/**
 * The pane's tabs (检查 / 说明 / 设置): ARIA tabs with arrow-key movement, no hidden focus helpers (Fluent's TabList
 * inserts tabbable elements hidden from screen readers, which accessibility checkers flag).
 */
export function PaneTabs<T extends string>({ tabs, selected, onSelect, label, panelId, idPrefix }: Props<T>) {
  const styles = useStyles();
  const ids = Object.keys(tabs) as T[];
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent, from: T) => {
    const at = ids.indexOf(from);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = ids[(to + ids.length) % ids.length];
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {ids.map((id) => (
        <button
          key={id}
          ref={(el) => {
            if (el) buttons.current.set(id, el);
          }}
          id={`${idPrefix}-${id}`}
          type="button"
          role="tab"
          aria-selected={id === selected}
          aria-controls={panelId}
          tabIndex={id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, id === selected && styles.selected)}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => move(e, id)}
        >
          {tabs[id]}
        </button>
      ))}
    </div>
  );
}
