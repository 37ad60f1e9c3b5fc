import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 5,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  count: { minWidth: "4em", textAlign: "center", fontVariantNumeric: "tabular-nums" },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  announcer: VISUALLY_HIDDEN,
});

/**
 * Keys of the next and previous finding. Alt+↓ / Alt+↑: Excel does not get them while the pane has the focus,
 * screen readers leave them to the page, and text fields are skipped (there Alt+↓ opens a list).
 */
export const NEXT_KEY = "Alt+ArrowDown";
export const PREVIOUS_KEY = "Alt+ArrowUp";

interface Props {
  /** 0-based place of the selected finding in the list as shown; -1 when none is selected. */
  position: number;
  count: number;
  /** What the selected finding says, for screen readers after a step. */
  announcement: string;
  /** `fromList`: the key was pressed on a card, whose focus follows the selection. */
  onStep(delta: 1 | -1, fromList: boolean): void;
}

/** 上一个 / 下一个 with “3 / 14” under the list, kept in view; Alt+↓ / Alt+↑ anywhere in the pane. */
export function FindingNavigator({ position, count, announcement, onStep }: Props) {
  const styles = useStyles();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const delta = stepOf(event);
      if (!delta || typesText(event.target)) return;
      event.preventDefault();
      onStep(delta, event.target instanceof Element && event.target.closest("button[data-cell]") !== null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onStep]);
  return (
    <div className={styles.bar} role="toolbar" aria-label="逐个查看问题">
      <Button size="small" disabledFocusable={position === 0} aria-keyshortcuts={PREVIOUS_KEY} onClick={() => onStep(-1, false)}>
        ↑ 上一个
      </Button>
      <span className={styles.count} data-testid="finding-position">
        {position < 0 ? "–" : position + 1} / {count}
      </span>
      <Button size="small" disabledFocusable={position === count - 1} aria-keyshortcuts={NEXT_KEY} onClick={() => onStep(1, false)}>
        下一个 ↓
      </Button>
      <span className={styles.keys}>Alt+↑ / Alt+↓</span>
      <span className={styles.announcer} role="status" aria-live="polite">
        {position < 0 ? "" : `第 ${position + 1} 个，共 ${count} 个：${announcement}`}
      </span>
    </div>
  );
}

function stepOf(event: KeyboardEvent): 1 | -1 | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : undefined;
}

/** A text field, a list box or editable text: there the keys keep their own meaning. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [role=combobox], [role=listbox], [role=spinbutton]") !== null;
}
