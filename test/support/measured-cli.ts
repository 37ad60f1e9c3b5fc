/**
 * Runs `check` or `narrate` in a process of its own, for tests that hold a command to a memory and time limit:
 *   node --max-old-space-size=N --import tsx test/support/measured-cli.ts check FILE --out OUT
 * exits with the command's exit code and writes { code, maxRssMb, ms } as JSON to the file named by MEASURE_FILE.
 */
import { writeFileSync } from "fs";
import { main as check } from "../../src/hosts/cli/check";
import { main as narrate } from "../../src/hosts/cli/narrate";

const [command, ...args] = process.argv.slice(2);
const started = Date.now();
void (command === "narrate" ? narrate : check)(args).then((code) => {
  const report = { code, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ms: Date.now() - started };
  if (process.env.MEASURE_FILE) writeFileSync(process.env.MEASURE_FILE, JSON.stringify(report));
  process.exitCode = code;
});
