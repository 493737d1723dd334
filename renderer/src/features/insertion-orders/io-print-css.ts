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
export const IO_PRINT_CSS = `@page {
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

/* ── letterhead ─────────────────────────────────────────── */
.io-head {
  display: flex;
  justify-content: space-between;
  align-items: flex-start;
  gap: 8mm;
  padding-bottom: 4mm;
  border-bottom: 0.6mm solid var(--io-accent);
}

.io-head__publisher {
  display: flex;
  gap: 4mm;
  min-width: 0;
}

.io-head__logo {
  display: block;
  max-width: 42mm;
  max-height: 18mm;
  object-fit: contain;
  object-position: left top;
}

.io-head__publisher-name {
  font-size: 11pt;
  font-weight: 700;
}

.io-head__publisher p {
  color: var(--io-muted);
  white-space: pre-line;
}

.io-nowrap {
  white-space: nowrap;
}

.io-head__id {
  flex: none;
  text-align: right;
}

.io-head__title {
  font-size: 17pt;
  font-weight: 700;
  line-height: 1.1;
  color: var(--io-accent);
}

.io-head__id dl {
  display: grid;
  grid-template-columns: auto auto;
  justify-content: end;
  gap: 0.5mm 3mm;
  margin-top: 2mm;
}

.io-head__id dt {
  color: var(--io-muted);
}

.io-head__id dd {
  font-weight: 700;
  text-align: left;
}

.io-draft {
  margin-top: 3mm;
  padding: 2mm 3mm;
  border: 0.4mm dashed var(--io-removed);
  color: var(--io-removed);
  font-weight: 700;
  break-inside: avoid;
}

.io-draft span {
  font-weight: 400;
}

/* ── parties ─────────────────────────────────────────────── */
.io-parties {
  display: grid;
  grid-template-columns: repeat(2, 1fr);
  gap: 8mm;
  margin-top: 5mm;
  break-inside: avoid;
}

.io-party {
  min-width: 0;
  overflow-wrap: anywhere;
}

.io-party__name {
  font-size: 9.5pt;
  font-weight: 700;
}

.io-party__address {
  white-space: pre-line;
}

.io-party__ids {
  margin-top: 1mm;
  color: var(--io-muted);
}

.io-party__contacts {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0.3mm 2mm;
  margin-top: 1.5mm;
  padding-top: 1.5mm;
  border-top: 0.2mm solid var(--io-rule-soft);
}

.io-party__contacts dt {
  color: var(--io-muted);
}

.io-muted {
  color: var(--io-muted);
}

/* ── campaign ─────────────────────────────────────────────── */
.io-campaign {
  display: grid;
  grid-template-columns: 1.4fr 1fr 1fr;
  gap: 1.5mm 5mm;
  margin-top: 5mm;
  padding: 3mm 4mm;
  background: var(--io-band);
  border-radius: 1mm;
  break-inside: avoid;
}

.io-campaign dt {
  font-size: 7pt;
  color: var(--io-muted);
  text-transform: uppercase;
  letter-spacing: 0.04em;
}

.io-campaign dd {
  overflow-wrap: anywhere;
}

.io-campaign__name dd {
  font-size: 11pt;
  font-weight: 700;
}

.io-campaign__wide {
  grid-column: 1 / -1;
  white-space: pre-line;
}

/* ── lines ─────────────────────────────────────────────── */
.io-lines {
  margin-top: 6mm;
}

.io-lines__head {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  break-after: avoid;
}

.io-table {
  width: 100%;
  border-collapse: collapse;
  font-size: 7.2pt;
  line-height: 1.28;
}

/*
 * Fixed widths (A4 less the margins is 184 mm): every page of the table lines up the same and a
 * long placement name wraps in its own column instead of pushing the figures. Figures up to
 * 999 999,99 € fit their columns; a table with bigger ones is set smaller (--wide-figures).
 */
.io-table--lines {
  table-layout: fixed;
}

.io-table .col-idx {
  width: 5mm;
}

.io-table .col-placement {
  width: 41mm;
}

.io-table .col-format {
  width: 17mm;
}

.io-table .col-period {
  width: 20mm;
}

.io-table .col-type {
  width: 19mm;
}

.io-table .col-rate {
  width: 15mm;
}

.io-table .col-qty {
  width: 20mm;
}

.io-table .col-gross {
  width: 17mm;
}

.io-table .col-discount {
  width: 11mm;
}

.io-table .col-net {
  width: 18mm;
}

.io-table--wide-figures .num {
  font-size: 6.4pt;
}

/* Chromium repeats a table-header-group at the top of every page the table runs onto. */
.io-table thead {
  display: table-header-group;
}

.io-table th {
  padding: 1.5mm 1mm;
  font-size: 6.8pt;
  font-weight: 700;
  text-align: left;
  vertical-align: bottom;
  color: #fff;
  background: var(--io-accent);
}

.io-table td {
  padding: 1.3mm 1mm;
  vertical-align: top;
  border-bottom: 0.2mm solid var(--io-rule-soft);
}

.io-table tr {
  break-inside: avoid;
  page-break-inside: avoid;
}

.io-table tbody tr:nth-child(even) td {
  background: #fafbfc;
}

.io-table .num {
  text-align: right;
}

.io-table .nowrap {
  white-space: nowrap;
}

.io-table .idx {
  color: var(--io-muted);
}

.io-table .placement {
  overflow-wrap: anywhere;
}

.io-line__where {
  color: var(--io-muted);
}

.io-line__placement {
  font-weight: 700;
}

.io-line__sub {
  color: var(--io-muted);
}

.io-tag {
  display: inline-block;
  margin-top: 0.6mm;
  padding: 0 1.2mm;
  border-radius: 0.8mm;
  font-size: 6.5pt;
  font-weight: 700;
  white-space: nowrap;
}

.io-tag--option {
  color: #5d3aa3;
  background: #efe8fb;
}

.io-tag--changed {
  color: var(--io-changed);
  background: var(--io-changed-soft);
}

.io-tag--added {
  color: var(--io-added);
  background: var(--io-added-soft);
}

.io-tag--removed {
  color: var(--io-removed);
  background: #fbe9e9;
}

.io-table tr.is-changed td:first-child {
  box-shadow: inset 0.8mm 0 0 var(--io-changed);
}

.io-table tr.is-added td:first-child {
  box-shadow: inset 0.8mm 0 0 var(--io-added);
}

.io-table--removed td {
  color: var(--io-muted);
}

.io-table--removed .struck {
  text-decoration: line-through;
  text-decoration-color: var(--io-removed);
}

.io-notes {
  margin-top: 1.5mm;
  font-size: 7pt;
  color: var(--io-muted);
}

.io-removed {
  margin-top: 5mm;
}

.io-removed .io-table th {
  background: var(--io-muted);
}

.io-empty {
  padding: 3mm 0;
  color: var(--io-muted);
}

/* ── totals, terms, signatures ───────────────────────────── */
.io-end {
  break-inside: avoid;
}

.io-closing {
  display: grid;
  grid-template-columns: 1fr 74mm;
  gap: 8mm;
  margin-top: 6mm;
  break-inside: avoid;
}

.io-totals dl {
  display: grid;
  grid-template-columns: 1fr auto;
}

.io-totals dt,
.io-totals dd {
  padding: 0.9mm 0;
  border-bottom: 0.2mm solid var(--io-rule-soft);
}

.io-totals dd {
  text-align: right;
  white-space: nowrap;
}

.io-totals .is-strong {
  font-weight: 700;
}

.io-totals .is-total {
  font-size: 10pt;
  font-weight: 700;
  border-bottom: 0.5mm solid var(--io-accent);
}

.io-maxspend {
  margin-top: 2.5mm;
  padding: 2mm 3mm;
  border: 0.4mm solid var(--io-accent);
  border-radius: 1mm;
}

.io-maxspend__figure {
  display: flex;
  justify-content: space-between;
  gap: 3mm;
  font-weight: 700;
  font-size: 10pt;
  color: var(--io-accent);
}

.io-maxspend p {
  margin-top: 0.6mm;
  font-size: 7pt;
  color: var(--io-muted);
}

.io-terms dl > div {
  margin-bottom: 2mm;
  break-inside: avoid;
}

.io-terms dt {
  font-weight: 700;
}

.io-terms dd {
  white-space: pre-line;
  overflow-wrap: anywhere;
}

.io-signatures {
  margin-top: 7mm;
  break-inside: avoid;
}

.io-signatures > p {
  margin-bottom: 3mm;
  color: var(--io-muted);
}

.io-signatures__blocks {
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 8mm;
}

.io-signature {
  padding: 3mm 4mm;
  border: 0.3mm solid var(--io-rule);
  border-radius: 1mm;
}

.io-signature h3 {
  font-size: 9pt;
  font-weight: 700;
}

.io-signature__party {
  margin-bottom: 3mm;
  color: var(--io-muted);
  overflow-wrap: anywhere;
}

.io-signature__line {
  display: flex;
  align-items: flex-end;
  gap: 2mm;
  margin-top: 4mm;
}

.io-signature__line span {
  flex: none;
}

.io-signature__line i {
  flex: 1;
  border-bottom: 0.2mm solid var(--io-ink);
}

.io-signature__box {
  margin-top: 4mm;
  font-size: 7pt;
  color: var(--io-muted);
}

.io-signature__box div {
  height: 24mm;
  margin-top: 1mm;
  border: 0.2mm dashed var(--io-rule);
}
`;
