import { openOnTab } from '../../utils/extension/popupTab';

// The popup's first import, so the tab and its page state are asked for before Preact and the popup's components are
// evaluated and rendered: the answers are on their way meanwhile (bench/popupBench.ts).
performance.mark('sourcelight:popup-start');
export const opening = openOnTab(location.search);
