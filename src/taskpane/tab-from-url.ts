import type { TabId } from "../ui/Pane";

/** taskpane.html?view=narrative (the ribbon's 生成说明, in Excel and in WPS) opens on the 说明 tab. */
export function tabFromUrl(search: string): TabId {
  return new URLSearchParams(search).get("view") === "narrative" ? "narrative" : "check";
}
