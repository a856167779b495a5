/**
 * Timings the benchmark reads back with performance.getEntriesByName(): `sourcelight:read`, `sourcelight:detect`,
 * `sourcelight:highlight`, `sourcelight:total`. A page that replaced `performance` must not stop the scan.
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
      performance.measure(name, start);
      performance.clearMarks(start);
    } catch {
      // Timing is a nice-to-have.
    }
  };
}
