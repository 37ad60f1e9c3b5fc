/**
 * Adds the page bundle's scripts one after another (webpack's shared chunks first, the entry last) and reports
 * once: with no error when every file loaded, or with the file that failed. Order is kept by waiting for each
 * `load` event, which old engines (Internet Explorer 11) also fire.
 */
export function loadScripts(doc: Document, sources: string[], done: (failedSource?: string) => void): void {
  let index = 0;
  const next = function (): void {
    if (index >= sources.length) {
      done();
      return;
    }
    const source = sources[index++];
    const script = doc.createElement("script");
    script.src = source;
    script.onload = next;
    script.onerror = function () {
      done(source);
    };
    (doc.head || doc.getElementsByTagName("head")[0]).appendChild(script);
  };
  next();
}
