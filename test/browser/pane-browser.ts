import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM } from "../../scripts/require-chromium";

/**
 * What the browser tests share: Debian's chromium, screenshots of each pane state at the two pane widths, and
 * axe-core run inside the page.
 */
export const ROOT = path.resolve(__dirname, "../..");
const OUTPUT = path.join(ROOT, "test", "output");
/** Widths of the Office task pane the pane is drawn at: a narrow one and a wide one. */
export const PANE_WIDTHS = [360, 450] as const;
/** The narrowest Office task pane (Excel on a small laptop screen) and the wide one, each at the height it is seen with. */
export const DEADLINE_SIZES = [
  { width: 320, height: 700 },
  { width: 450, height: 800 },
] as const;
const HEIGHT = 800;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

/**
 * Screenshots of the current state at 360 and 450 px (or the sizes given) into test/output/screenshot-NAME-WIDTH.png; with
 * UPDATE_SCREENSHOTS=1 the 360 px one also refreshes docs/screenshot-NAME.png when docs/ has that picture.
 * `prepare` runs after each resize (e.g. scroll the part worth showing into view).
 */
export async function captureState(
  page: Page,
  name: string,
  prepare?: () => Promise<void>,
  sizes: readonly { width: number; height: number }[] = PANE_WIDTHS.map((width) => ({ width, height: HEIGHT })),
): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const original = page.viewportSize();
  for (const { width, height } of sizes) {
    await page.setViewportSize({ width, height });
    await prepare?.();
    await page.waitForTimeout(250); // Fluent's colour transitions settle
    await page.screenshot({ path: path.join(OUTPUT, `screenshot-${name}-${width}.png`) });
    const doc = path.join(ROOT, "docs", `screenshot-${name}.png`);
    if (process.env.UPDATE_SCREENSHOTS && width === PANE_WIDTHS[0] && existsSync(doc)) await page.screenshot({ path: doc });
  }
  if (original) await page.setViewportSize(original);
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core over the whole page as it is now; the critical and serious violations, as “id: help @ target”. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `${v.id}（${v.impact}）: ${v.help} @ ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** No horizontal scrolling of the page at pane width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tasks of the page's main thread in a trace: clock time and the thread's CPU time, in ms. */
export function mainThreadTasks(trace: Buffer): { wall: number; cpu: number }[] {
  type Event = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: Event[] }).traceEvents;
  const main = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? e.dur ?? 0) / 1000) }));
}
