import type { WpsAddinApplication } from "./wps-api";

/** PluginStorage keys of the pane's id and page: the ribbon's later clicks find the same pane. */
const PANE_ID_KEY = "disclosure-assistant:taskpane";
const PANE_URL_KEY = "disclosure-assistant:taskpane-url";

/**
 * Shows the add-in's task pane at `url` (creating it on first use). With `toggle`, a click on a pane already showing
 * that page hides it. Example: 打开助手 → showTaskPane(app, "file:///…/taskpane.html", "预决算公开助手", true).
 */
export function showTaskPane(app: WpsAddinApplication, url: string, title: string, toggle: boolean): void {
  const storage = app.PluginStorage;
  const id = Number(storage.getItem(PANE_ID_KEY));
  const existing = Number.isInteger(id) && id > 0 ? app.GetTaskPane(id) : null;
  if (!existing) {
    const pane = app.CreateTaskPane(url, title);
    storage.setItem(PANE_ID_KEY, pane.ID);
    storage.setItem(PANE_URL_KEY, url);
    pane.Visible = true;
    return;
  }
  const showing = storage.getItem(PANE_URL_KEY) === url;
  if (!showing) {
    existing.Navigate(url);
    storage.setItem(PANE_URL_KEY, url);
  }
  existing.Visible = toggle && showing ? !existing.Visible : true;
}
