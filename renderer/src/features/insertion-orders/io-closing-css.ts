/** The contract's end in print: totals, terms and signatures kept together. */
export const IO_CLOSING_CSS = `/* ── totals, terms, signatures ───────────────────────────── */
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
