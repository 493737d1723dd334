/**
 * File names the app writes on its own (several files into a folder the user chose): whatever
 * the page asks for, the name that reaches the disk is a plain file name that every common file
 * system accepts, never a path.
 *
 * Pure TypeScript, shared by the main process (which writes) and the renderer (which may show
 * the names first, and downloads under the same names in a browser).
 */

/** Longest name written, in UTF-8 bytes: file systems allow 255, leaving room for ` (12)`. */
export const MAX_FILE_NAME_BYTES = 200;

/** Windows device names, refused as a file's base name whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Path separators, characters Windows reserves, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\<>:"|?*\u0000-\u001f\u007f]/g;

export interface SanitizeOptions {
  /** The name used when nothing usable is left (`file` by default). */
  fallback?: string;
  /** Cap in UTF-8 bytes (`MAX_FILE_NAME_BYTES` by default). */
  maxBytes?: number;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` (whole code points) that fits in `maxBytes`. */
function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** `name` split at its last dot into base and extension (without the dot); no extension for `a` or `.a`. */
export function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { base: name, extension: '' };
  return { base: name.slice(0, dot), extension: name.slice(dot + 1) };
}

function join(base: string, extension: string): string {
  return extension ? `${base}.${extension}` : base;
}

/**
 * A safe file name made from `name`:
 * - NFC-normalised; path separators, `< > : " | ? *` and control characters become `_`;
 * - runs of dots become one dot, and leading dots, spaces and trailing dots and spaces go
 *   (no `..`, no hidden files, nothing Windows would silently strip);
 * - runs of white space become one space;
 * - a Windows device name (`CON`, `nul.txt`, `COM1`…) gets a leading `_`;
 * - capped at `maxBytes` UTF-8 bytes, keeping the extension when it is short;
 * - `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string, options: SanitizeOptions = {}): string {
  const fallback = options.fallback ?? 'file';
  const maxBytes = Math.max(16, options.maxBytes ?? MAX_FILE_NAME_BYTES);
  let clean = name
    .normalize('NFC')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (clean === '') clean = fallback;

  const parts = splitExtension(clean);
  if (WINDOWS_DEVICES.test(parts.base)) clean = `_${clean}`;

  if (utf8Length(clean) > maxBytes) {
    const { base, extension } = splitExtension(clean);
    const keepExtension = extension !== '' && utf8Length(extension) <= 16;
    const room = keepExtension ? maxBytes - utf8Length(extension) - 1 : maxBytes;
    const cut = truncateUtf8(keepExtension ? base : clean, room).replace(/[\s.]+$/, '');
    clean = keepExtension ? join(cut || fallback, extension) : cut || fallback;
  }
  return clean;
}

/**
 * The names, each sanitised and made unique within the list: a name met again (ignoring case,
 * as Windows and macOS do) gets ` (2)`, ` (3)`… before its extension. Order is kept.
 */
export function uniqueFileNames(names: readonly string[], options: SanitizeOptions = {}): string[] {
  const taken = new Set<string>();
  const clean = names.map((name) => sanitizeFileName(name, options));
  return clean.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = withSuffix(name, n, options.maxBytes);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** `name` with ` (n)` before its extension, still within the byte cap. */
export function withSuffix(name: string, n: number, maxBytes = MAX_FILE_NAME_BYTES): string {
  const { base, extension } = splitExtension(name);
  const suffix = ` (${n})`;
  const room = maxBytes - utf8Length(suffix) - (extension ? utf8Length(extension) + 1 : 0);
  return join(`${truncateUtf8(base, Math.max(1, room)).replace(/[\s.]+$/, '')}${suffix}`, extension);
}
