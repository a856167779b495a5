/**
 * Timings the benchmark reads back with performance.getEntriesByName(): in the page `sourcelight:read`,
 * `sourcelight:detect`, `sourcelight:highlight`, `sourcelight:total`; in the background `sourcelight:engine`. Only the
 * latest of each name is kept: the timeline keeps every entry for the lifetime of the page (or of the worker), and
 * toggles and rescans on a page left open for hours would grow it without end.
 * A page that replaced `performance` must not stop the scan.
 */
export function startTiming(name: string): () => void {
  const start = `${name}:start`;
  try {
    performance.mark(start);
  } catch {
    return () => {};
  }
  return () => {
    try {
      performance.clearMeasures(name);
      performance.measure(name, start);
      performance.clearMarks(start);
    } catch {
      // Timing is a nice-to-have.
    }
  };
}
