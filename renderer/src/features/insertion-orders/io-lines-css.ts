/** The lines table in print: repeated header, rows never split, removed lines. */
export const IO_LINES_CSS = `/* ── lines ─────────────────────────────────────────────── */
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

`;
