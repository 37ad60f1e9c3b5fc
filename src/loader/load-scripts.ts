/**
 * Adds the page bundle's scripts (webpack's shared chunks first, the entry last) and reports once: with no error
 * when every file loaded, or with the first file that failed. They download in parallel and run in order
 * (`async = false` on inserted scripts, which Internet Explorer 10+ also honours), so a slow intranet pays its
 * latency once, not once per file.
 */
export function loadScripts(doc: Document, sources: string[], done: (failedSource?: string) => void): void {
  let pending = sources.length;
  let reported = false;
  const report = function (failedSource?: string): void {
    if (reported) return;
    reported = true;
    done(failedSource);
  };
  if (pending === 0) {
    report();
    return;
  }
  const head = doc.head || doc.getElementsByTagName("head")[0];
  for (let i = 0; i < sources.length; i++) {
    const script = doc.createElement("script");
    const source = sources[i];
    script.async = false;
    script.src = source;
    script.onload = function () {
      if (--pending === 0) report();
    };
    script.onerror = function () {
      report(source);
    };
    head.appendChild(script);
  }
}
