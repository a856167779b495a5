/** CSS.highlights is a map of names to Highlights, and a Highlight a set of ranges; happy-dom has neither. */
export class SetHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const globals = window as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: unknown };
const css = globals.CSS;

/** Gives the test window the CSS Custom Highlight API, over a registry the test can read. */
export function installHighlightApi(): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  globals.CSS = { ...css, highlights: registry };
  globals.Highlight = SetHighlight;
  return registry;
}

/** Takes it away again (for an afterEach). */
export function removeHighlightApi(): void {
  globals.CSS = css;
  delete globals.Highlight;
}

/** The text of each range of a highlight in the registry. */
export const rangesText = (highlight: unknown): string[] => Array.from(highlight as SetHighlight, (r) => r.toString());
