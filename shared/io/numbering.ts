/**
 * Insertion order numbers: `<prefix>-<year>-<sequence>`, e.g. `IO-2026-0042`.
 *
 * - The prefix comes from Settings (`io.numberPrefix`, `IO` by default): ASCII letters and digits,
 *   groups joined by single `-` or `_`, at most 16 characters. It is printed on the contract and
 *   used in file names, so nothing else is allowed.
 * - The year is the year of the first issue of the campaign's IO (four digits).
 * - The sequence counts the IOs first issued that year, from 1, zero-padded to four digits; it
 *   simply grows past 9999 (`IO-2026-12345`).
 *
 * A campaign keeps its number for all its revisions; revisions are told apart by `revision`.
 */
import { sanitizeFileName } from '../ipc/file-names.ts';

/** What a number prefix may look like. */
export const IO_PREFIX_PATTERN = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;
export const IO_PREFIX_MAX_LENGTH = 16;
/** The sequence is zero-padded to this many digits. */
export const IO_SEQUENCE_DIGITS = 4;

export interface IoNumberParts {
  prefix: string;
  year: number;
  sequence: number;
}

/** Whether `prefix` can start an IO number (see `IO_PREFIX_PATTERN`). */
export function isValidIoPrefix(prefix: string): boolean {
  return prefix.length <= IO_PREFIX_MAX_LENGTH && IO_PREFIX_PATTERN.test(prefix);
}

/**
 * `formatIoNumber('IO', 2026, 42)` → `IO-2026-0042`. Throws a `RangeError` on an invalid prefix,
 * a year outside 1000–9999 or a sequence that is not a positive safe integer: a number is printed
 * on a contract, so a bad one must never be produced silently.
 */
export function formatIoNumber(prefix: string, year: number, sequence: number): string {
  if (!isValidIoPrefix(prefix)) throw new RangeError(`invalid IO number prefix ${JSON.stringify(prefix)}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid IO year ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`invalid IO sequence ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(IO_SEQUENCE_DIGITS, '0')}`;
}

/**
 * The parts of an IO number, or null when `number` is not one. The prefix may itself contain
 * `-` (`RO-IO-2026-0042` → prefix `RO-IO`). The sequence needs at least four digits, as formatted.
 */
export function parseIoNumber(number: string): IoNumberParts | null {
  const match = /^(.+)-(\d{4})-(\d{4,})$/.exec(number);
  if (!match) return null;
  const [, prefix = '', yearText = '', sequenceText = ''] = match;
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  if (!isValidIoPrefix(prefix) || year < 1000 || !Number.isSafeInteger(sequence) || sequence < 1) return null;
  // Only the canonical spelling: `IO-2026-00042` is not the number `IO-2026-0042`.
  if (formatIoNumber(prefix, year, sequence) !== number) return null;
  return { prefix, year, sequence };
}

/** Whether `number` is a well-formed IO number. */
export function isIoNumber(number: string): boolean {
  return parseIoNumber(number) !== null;
}

/** The year of a `YYYY-MM-DD` day, the year an IO number is counted in. */
export function ioYearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/**
 * A file name for one revision of an IO: `IO-2026-0042 r2 – Printemps 2026.pdf`, made safe for
 * every file system (see `sanitizeFileName`). `extension` without the dot.
 */
export function ioFileName(
  doc: { number: string; revision: number; campaign: { name: string } },
  extension = 'pdf',
): string {
  return sanitizeFileName(`${doc.number} r${doc.revision} – ${doc.campaign.name}.${extension}`);
}
