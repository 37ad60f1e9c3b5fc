/**
 * The browser tests run in Debian's chromium (/usr/bin/chromium, through playwright-core). `npm test` and
 * `npm run test:browser` run this first: without it they stop here within a second, with one line saying what to
 * install, instead of after minutes of typechecking and building with dozens of browser-launch errors. Jest's
 * browser project runs it too (as its globalSetup), for `npx jest` alone.
 */
const { accessSync, constants } = require("fs");

/** Where the browser tests find chromium (DA_CHROMIUM overrides it, e.g. for another distribution's path). */
const CHROMIUM = process.env.DA_CHROMIUM || "/usr/bin/chromium";

const MISSING =
  `缺少浏览器测试所需的 Chromium（${CHROMIUM}）/ browser tests need Chromium at ${CHROMIUM}: ` +
  "sudo apt-get update && sudo apt-get install -y chromium（Debian/Ubuntu；或设 DA_CHROMIUM=其路径 / or set DA_CHROMIUM=its path）";

function chromiumMissing() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return MISSING;
  }
}

/** Prints the one line and ends the process when chromium is missing (also as jest's globalSetup: no stack trace). */
function requireChromium() {
  const missing = chromiumMissing();
  if (!missing) return;
  console.error(missing);
  process.exit(1);
}

if (require.main === module) requireChromium();

module.exports = requireChromium;
module.exports.CHROMIUM = CHROMIUM;
