import { chromium, type Browser } from "playwright-core";
import { CHROMIUM } from "../../../scripts/require-chromium";

/** Debian's chromium (scripts/require-chromium.js says where), headless, with no background traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}
