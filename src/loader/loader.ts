import { COMMAND_FUNCTIONS, LOADER_GLOBAL, type CommandEvent, type CommandFunction, type LoaderHandle } from "./contract";
import { missingFeatures } from "./features";
import { checkExcel } from "./host-check";
import { loadScripts } from "./load-scripts";
import { officeOf, whenOfficeReady, type OfficeLike } from "./office-like";
import type { Problem } from "./problem";
import { messageFor, parseProblemQuery, problemQuery, type OfflinePage, type Place } from "./problems";
import { renderMessage } from "./render";

/**
 * The first script of every page, written for the oldest engine an Excel add-in window can have (ES5, Internet
 * Explorer 11). It checks what the host and the browser offer and then either loads the page's bundle or shows, in
 * Chinese, why it cannot run here and what to do instead. The page's <script id="da-loader"> says how:
 *   data-mode="pane"      taskpane.html: Excel with ExcelApi 1.9 and a modern engine → the pane's scripts
 *   data-mode="commands"  commands.html: the ribbon's functions exist at once; they run the bundle's functions, or
 *                         open message.html in a dialog when the bundle cannot run here
 *   data-mode="page"      app.html and the offline page: a modern browser → the page's scripts
 *   data-mode="message"   message.html: the message named by the query (?reason=excel-too-old&detail=1.8)
 * data-scripts lists the bundle's files in order; data-offline-page names the offline page; data-product says
 * "预决算公开助手 0.1.0".
 */

type Mode = "pane" | "commands" | "page" | "message";

interface Setup {
  mode: Mode;
  scripts: string[];
  offline: OfflinePage;
  product: string;
}

/** Office.onReady normally comes within a second; past this the pane says Excel is not responding (and still starts if it comes later). */
const OFFICE_READY_TIMEOUT_MS = 20000;

const win = window;
const doc = document;

function readSetup(): Setup {
  const el = doc.getElementById("da-loader");
  const attr = function (name: string): string {
    return (el && el.getAttribute(name)) || "";
  };
  const scripts = attr("data-scripts").split(" ");
  const files: string[] = [];
  for (let i = 0; i < scripts.length; i++) if (scripts[i]) files.push(scripts[i]);
  const mode = attr("data-mode");
  return {
    mode: mode === "commands" || mode === "page" || mode === "message" ? mode : "pane",
    scripts: files,
    offline: offlinePage(attr("data-offline-page")),
    product: attr("data-product") || "预决算公开助手",
  };
}

/** The offline page's address beside this page, when served over http(s); from file:// only its name. */
function offlinePage(fileName: string): OfflinePage {
  const protocol = win.location.protocol;
  if (protocol !== "https:" && protocol !== "http:") return { fileName: fileName };
  const folder = win.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  return { fileName: fileName, url: folder + fileName };
}

/** Start-up handshake: the bundle calls started() (contract.ts) once its modules ran. */
interface Handshake {
  started: boolean;
  /** The loader found a problem and showed it: a bundle that runs anyway (inline scripts) must not start. */
  refused?: boolean;
  commands?: { [name: string]: CommandFunction };
  onStarted?: () => void;
  firstError?: string;
}

function installHandshake(): Handshake {
  const handshake: Handshake = { started: false };
  const handle: LoaderHandle = {
    started: function (commands) {
      handshake.started = true;
      handshake.commands = commands;
      if (handshake.onStarted) handshake.onStarted();
      return !handshake.refused;
    },
  };
  (win as unknown as { [key: string]: LoaderHandle })[LOADER_GLOBAL] = handle;
  win.addEventListener("error", function (event: ErrorEvent) {
    if (!handshake.firstError && event && event.message) handshake.firstError = event.message;
  });
  return handshake;
}

function show(setup: Setup, problem: Problem, place: Place): void {
  renderMessage(doc, messageFor(problem, place, setup.offline), setup.product);
}

function browserProblem(): Problem | null {
  const missing = missingFeatures(win);
  return missing.length ? { reason: "browser-too-old", detail: missing.join("、") } : null;
}

/** The office.js address the page tried (for the technical line when it did not load). */
function officeJsSource(): string {
  const scripts = doc.getElementsByTagName("script");
  for (let i = 0; i < scripts.length; i++) if (/office\.js(\?|$)/.test(scripts[i].src)) return scripts[i].src;
  return "office.js";
}

/** Loads the bundle; reports a problem when a file fails or the bundle never announces itself. */
function startBundle(setup: Setup, handshake: Handshake, failed: (problem: Problem) => void): void {
  loadScripts(doc, setup.scripts, function (failedSource) {
    if (failedSource) failed({ reason: "bundle-failed", detail: "无法下载 " + failedSource });
    else if (!handshake.started) failed({ reason: "bundle-failed", detail: handshake.firstError || "脚本已下载但没有运行" });
  });
}

/** Waits for Office, then checks the host and the browser; calls back with the problem or null. */
function checkWhenReady(setup: Setup, office: OfficeLike, done: (problem: Problem | null) => void): void {
  let ready = false;
  const timer = setTimeout(function () {
    if (!ready && setup.mode === "pane") show(setup, { reason: "office-not-ready", detail: OFFICE_READY_TIMEOUT_MS / 1000 + " 秒" }, "excel");
  }, OFFICE_READY_TIMEOUT_MS);
  whenOfficeReady(office, function (info) {
    if (ready) return;
    ready = true;
    clearTimeout(timer);
    done(checkExcel(office, info) || browserProblem());
  });
}

function startPane(setup: Setup, handshake: Handshake): void {
  const office = officeOf(win);
  if (!office) {
    show(setup, { reason: "no-office-js", detail: officeJsSource() }, "excel");
    return;
  }
  const fail = function (problem: Problem) {
    show(setup, problem, "excel");
  };
  checkWhenReady(setup, office, function (problem) {
    if (problem) fail(problem);
    else startBundle(setup, handshake, fail);
  });
}

function startPage(setup: Setup, handshake: Handshake): void {
  const fail = function (problem: Problem) {
    show(setup, problem, "browser");
  };
  const problem = browserProblem();
  if (problem) {
    handshake.refused = true;
    fail(problem);
    return;
  }
  if (setup.scripts.length) {
    startBundle(setup, handshake, fail);
    return;
  }
  // The offline page: its scripts are inline after this one and have run by the window's load event.
  win.addEventListener("load", function () {
    if (!handshake.started) fail({ reason: "bundle-failed", detail: handshake.firstError || "页面脚本没有运行" });
  });
}

/**
 * Ribbon functions exist as soon as the function file is parsed (Office may call one right after it is ready).
 * Each call waits for the verdict: runs the bundle's function, or explains the problem in a dialog.
 */
function startCommands(setup: Setup, handshake: Handshake): void {
  const office = officeOf(win);
  const names = [COMMAND_FUNCTIONS.check, COMMAND_FUNCTIONS.clear, COMMAND_FUNCTIONS.report];
  const queue: { name: string; event: CommandEvent }[] = [];
  let problem: Problem | null = null;
  const run = function (name: string, event: CommandEvent): void {
    const fn = handshake.commands && handshake.commands[name];
    if (fn) fn(event);
    else if (problem) explainInDialog(office, problem, event);
    else queue.push({ name: name, event: event });
  };
  const flush = function (): void {
    while (queue.length) {
      const call = queue.shift()!;
      run(call.name, call.event);
    }
  };
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const stub = function (event: CommandEvent) {
      run(name, event);
    };
    (win as unknown as { [key: string]: unknown })[name] = stub;
    if (office && office.actions && typeof office.actions.associate === "function") office.actions.associate(name, stub as (event: unknown) => unknown);
  }
  if (!office) return; // without office.js Office cannot call the functions at all
  handshake.onStarted = flush;
  checkWhenReady(setup, office, function (found) {
    problem = found;
    if (problem) flush();
    else
      startBundle(setup, handshake, function (failure) {
        problem = failure;
        flush();
      });
  });
}

/** The same message as the pane's, in an Office dialog (DialogApi 1.1, Office 2016 and later); the event completes when it closes. */
function explainInDialog(office: OfficeLike | undefined, problem: Problem, event: CommandEvent): void {
  const ui = office && office.context && office.context.ui;
  if (!ui || typeof ui.displayDialogAsync !== "function") {
    event.completed();
    return;
  }
  const url = win.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "message.html" + problemQuery(problem, "excel");
  ui.displayDialogAsync(url, { height: 60, width: 40, displayInIframe: true }, function (result: unknown) {
    const dialog = result as { status?: string; value?: { addEventHandler?(type: string, handler: () => void): void } };
    if (dialog && dialog.status === "succeeded" && dialog.value && typeof dialog.value.addEventHandler === "function") {
      dialog.value.addEventHandler("dialogEventReceived", function () {
        event.completed();
      });
    } else {
      event.completed();
    }
  });
}

function start(): void {
  const setup = readSetup();
  const handshake = installHandshake();
  if (setup.mode === "message") {
    const query = parseProblemQuery(win.location.search);
    show(setup, query.problem, query.place);
  } else if (setup.mode === "commands") startCommands(setup, handshake);
  else if (setup.mode === "page") startPage(setup, handshake);
  else startPane(setup, handshake);
}

start();
