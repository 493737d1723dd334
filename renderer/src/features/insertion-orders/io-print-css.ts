/**
 * The insertion order's stylesheet: A4 portrait, printed by Chromium (Electron's printToPDF, the
 * browser's print, Playwright's page.pdf). Self-contained: system fonts with Arial metrics (Arial
 * on Windows and macOS, Liberation Sans on Linux), no url(), so the page needs no network.
 *
 * A TypeScript string rather than a `.css?inline` import so that the template renders the same in
 * every runtime: the Vite build, Vitest, and Vite's module runner (the benchmark), where a
 * `?inline` CSS import fails (vite 8: the CSS plugin's module cache is not set up there).
 * The margin boxes that carry the page number and the IO number are written per document
 * (see `pageCss` in IoDocumentView.tsx): their text depends on the document's language.
 */
import { IO_CLOSING_CSS } from './io-closing-css.ts';
import { IO_HEAD_CSS } from './io-head-css.ts';
import { IO_LINES_CSS } from './io-lines-css.ts';

/** The page and the base text styles; each part of the document adds its own rules. */
const IO_PAGE_CSS = `@page {
  size: A4 portrait;
  margin: 14mm 13mm 17mm 13mm;
}

/* :root too: in the print route the app's own stylesheet colours :root. */
:root,
html,
body {
  margin: 0;
  padding: 0;
  background: #fff;
}

.io-doc {
  --io-ink: #161b26;
  --io-muted: #5b6474;
  --io-rule: #c9ced8;
  --io-rule-soft: #e4e7ec;
  --io-band: #f3f5f8;
  --io-accent: #1d3557;
  --io-changed: #b06a00;
  --io-changed-soft: #fff4de;
  --io-added: #1d7a46;
  --io-added-soft: #e5f5eb;
  --io-removed: #a32121;
  box-sizing: border-box;
  color: var(--io-ink);
  font-family: Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif;
  font-size: 8.5pt;
  line-height: 1.35;
  background: #fff;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  font-variant-numeric: tabular-nums;
  text-rendering: geometricPrecision;
}

.io-doc *,
.io-doc *::before,
.io-doc *::after {
  box-sizing: border-box;
}

.io-doc h1,
.io-doc h2,
.io-doc h3,
.io-doc p,
.io-doc dl,
.io-doc dd {
  margin: 0;
}

.io-doc h2 {
  margin: 0 0 2mm;
  font-size: 8pt;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--io-accent);
}

/* On a screen (the print route, the preview frame): the sheet on a white page, A4 wide. */
@media screen {
  .io-doc {
    max-width: 210mm;
    margin: 0 auto;
    padding: 14mm 13mm 17mm;
  }
}

`;

export const IO_PRINT_CSS = [IO_PAGE_CSS, IO_HEAD_CSS, IO_LINES_CSS, IO_CLOSING_CSS].join('\n');
