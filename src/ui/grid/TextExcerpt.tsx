import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import type { TextQuote } from "../../core/findings/finding";
import { visibleText } from "../../core/findings/visible-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
  paragraph: {
    margin: 0,
    maxHeight: "300px",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  caption: { overflowWrap: "anywhere" },
});

interface Props {
  /** “情况说明!A14”, or “第12段” for a text file. */
  place: string;
  quote: TextQuote;
}

/** The paragraph a finding about text is in, the words it is about marked (“…占比为<mark>71.73%</mark>…”). */
export function TextExcerpt({ place, quote }: Props) {
  const styles = useStyles();
  const box = useRef<HTMLParagraphElement>(null);
  const text = quote.paragraph;
  useLayoutEffect(() => {
    // A long paragraph scrolls in its box (never the page) to the marked words.
    const scroller = box.current;
    const mark = scroller?.querySelector("mark");
    if (scroller && mark) scroller.scrollTop += mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
  }, [quote]);
  return (
    <section className={styles.root} aria-label={`${place} 段落`} data-testid="text-excerpt">
      <Text size={200} className={styles.caption}>
        {place}
      </Text>
      <p ref={box} className={styles.paragraph} tabIndex={0}>
        {visibleText(text.slice(0, quote.start))}
        <mark className={styles.mark}>{visibleText(text.slice(quote.start, quote.end))}</mark>
        {visibleText(text.slice(quote.end))}
      </p>
    </section>
  );
}
