/**
 * Fingerprints of insertion orders: one string that changes exactly when what the advertiser
 * signs would change. A campaign's IO is "out of date" when the fingerprint of a freshly built
 * document differs from the fingerprint of its last issued revision.
 *
 * Covered ("contractual"): the campaign, the currency, the parties (legal details, addresses,
 * VAT and company numbers, contacts), every line with all its fields (placement names, dates,
 * status, volume, rate, quantity, amounts), the totals and the terms.
 * Left out: what differs between two revisions of the same contract or between two printings of
 * it, namely `number`, `revision`, `issuedOn`, `locale` (the language is chosen per export), the
 * `change` markers, `removedLines` (they describe the step from the previous revision, not the
 * contract), the order of the lines, and the publisher's logo (artwork, not terms).
 *
 * Anything added to `IoDocument` later is covered unless it is left out here explicitly.
 */
import { sha256Hex } from './sha256.ts';
import type { IoDocument, IoLine } from './types.ts';

/** Bumped if the canonical form ever changes, so old and new fingerprints never compare equal by accident. */
export const IO_FINGERPRINT_VERSION = 'io1';

/**
 * JSON with object keys in code-point order at every depth and `undefined` members dropped, so
 * two equal values always give the same text whatever the order their keys were written in.
 * Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) out[key] = sortKeys(item);
  }
  return out;
}

/** A line without its change marker: what a line commits to. */
export function lineContract(line: IoLine): Omit<IoLine, 'change'> {
  const { change: _change, ...rest } = line;
  return rest;
}

/** Whether two lines commit to the same thing (change markers ignored). */
export function sameLineContract(a: IoLine, b: IoLine): boolean {
  return canonicalJson(lineContract(a)) === canonicalJson(lineContract(b));
}

/** The part of the document the fingerprint covers (see the module comment). */
export function ioContract(doc: IoDocument): Record<string, unknown> {
  const {
    number: _number,
    revision: _revision,
    issuedOn: _issuedOn,
    locale: _locale,
    removedLines: _removedLines,
    lines,
    publisher,
    ...rest
  } = doc;
  const { logoDataUrl: _logo, ...publisherContract } = publisher;
  const sortedLines = lines
    .map(lineContract)
    .sort((a, b) => (a.bookingId < b.bookingId ? -1 : a.bookingId > b.bookingId ? 1 : 0));
  return { ...rest, publisher: publisherContract, lines: sortedLines };
}

/** `io1:` followed by the SHA-256 of the canonical JSON of `ioContract(doc)`. */
export function ioFingerprint(doc: IoDocument): string {
  return `${IO_FINGERPRINT_VERSION}:${sha256Hex(canonicalJson(ioContract(doc)))}`;
}

/** The parts of a document a reader would name when saying what changed. */
export type IoPart = 'campaign' | 'parties' | 'lines' | 'totals' | 'terms';

const PART_OF: Record<string, IoPart> = {
  campaign: 'campaign',
  publisher: 'parties',
  advertiser: 'parties',
  agency: 'parties',
  lines: 'lines',
  currency: 'totals',
  totals: 'totals',
  terms: 'terms',
};

/**
 * Which parts differ between two documents' contracts, in the order of `IoPart`; empty when
 * their fingerprints are equal. Lets a screen say why an IO is out of date ("lines and totals").
 */
export function ioDifferences(a: IoDocument, b: IoDocument): IoPart[] {
  const ca = ioContract(a);
  const cb = ioContract(b);
  const parts = new Set<IoPart>();
  for (const key of new Set([...Object.keys(ca), ...Object.keys(cb)])) {
    if (canonicalJson(ca[key]) !== canonicalJson(cb[key])) parts.add(PART_OF[key] ?? 'campaign');
  }
  const order: IoPart[] = ['campaign', 'parties', 'lines', 'totals', 'terms'];
  return order.filter((part) => parts.has(part));
}
