import { tokens } from "@fluentui/react-components";

/** A small button drawn as a link (“▸ 按表查看问题数”, “查看核对过程”): the look both the summary and the cards use. */
export const LINK_BUTTON = {
  border: "none",
  backgroundColor: "transparent",
  color: tokens.colorBrandForegroundLink,
  fontFamily: "inherit",
  fontSize: tokens.fontSizeBase200,
  cursor: "pointer",
  ":hover": { textDecorationLine: "underline" },
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
} as const;
