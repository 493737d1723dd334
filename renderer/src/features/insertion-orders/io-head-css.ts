/** The contract's head in print: letterhead, parties and the campaign band. */
export const IO_HEAD_CSS = `/* ── letterhead ─────────────────────────────────────────── */
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

`;
