import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Bytes } from '../io/sha256.ts';
import {
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  splitExtension,
  uniqueFileNames,
  withSuffix,
} from './file-names.ts';

const bytes = (s: string) => utf8Bytes(s).length;

describe('sanitizeFileName', () => {
  it('keeps ordinary names, accents and dashes as they are', () => {
    expect(sanitizeFileName('IO-2026-0042 r2 – Printemps 2026.pdf')).toBe(
      'IO-2026-0042 r2 – Printemps 2026.pdf',
    );
    expect(sanitizeFileName('Café de l’Été.pdf')).toBe('Café de l’Été.pdf');
  });

  it('never lets a path through', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('_._etc_passwd');
    expect(sanitizeFileName('..\\..\\Windows\\win.ini')).toBe('_._Windows_win.ini');
    expect(sanitizeFileName('/abs/path.pdf')).toBe('_abs_path.pdf');
    expect(sanitizeFileName('..')).toBe('file');
    expect(sanitizeFileName('.')).toBe('file');
    expect(sanitizeFileName('a..b.pdf')).toBe('a.b.pdf');
  });

  it('replaces reserved and control characters, and tidies spaces and dots', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(sanitizeFileName('a\u0000b\nc\td.pdf')).toBe('a_b_c_d.pdf');
    expect(sanitizeFileName('  .hidden   name .pdf . ')).toBe('hidden name .pdf');
    expect(sanitizeFileName('report.')).toBe('report');
  });

  it('defuses Windows device names', () => {
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileName('com1.pdf')).toBe('_com1.pdf');
    expect(sanitizeFileName('CONSOLE.pdf')).toBe('CONSOLE.pdf');
  });

  it('falls back when nothing is left', () => {
    expect(sanitizeFileName('')).toBe('file');
    expect(sanitizeFileName('   ')).toBe('file');
    expect(sanitizeFileName('...', { fallback: 'io' })).toBe('io');
  });

  it('caps the length in UTF-8 bytes, keeping the extension and whole characters', () => {
    const long = `${'é'.repeat(300)}.pdf`;
    const capped = sanitizeFileName(long);
    expect(bytes(capped)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(capped.endsWith('.pdf')).toBe(true);
    expect(capped).toBe(`${'é'.repeat(98)}.pdf`);
    expect(sanitizeFileName('😀'.repeat(100))).toBe('😀'.repeat(50));
    expect(bytes(sanitizeFileName('a'.repeat(500), { maxBytes: 40 }))).toBe(40);
  });

  it('always gives a plain, non-empty, capped name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const clean = sanitizeFileName(name);
        expect(clean.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(clean).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f]/);
        expect(clean).not.toMatch(/\.\./);
        expect(clean).not.toMatch(/^[\s.]|[\s.]$/);
        expect(bytes(clean)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(sanitizeFileName(clean)).toBe(clean);
      }),
      { numRuns: 200 },
    );
  });
});

describe('uniqueFileNames', () => {
  it('suffixes duplicates before the extension, ignoring case, in order', () => {
    expect(uniqueFileNames(['IO.pdf', 'io.PDF', 'IO.pdf', 'other.pdf', 'IO (2).pdf'])).toEqual([
      'IO.pdf',
      'io (2).PDF',
      'IO (3).pdf',
      'other.pdf',
      'IO (2) (2).pdf',
    ]);
  });

  it('makes names unique after sanitising them', () => {
    expect(uniqueFileNames(['a/b.pdf', 'a\\b.pdf', 'a:b.pdf'])).toEqual([
      'a_b.pdf',
      'a_b (2).pdf',
      'a_b (3).pdf',
    ]);
  });

  it('keeps suffixed names within the cap', () => {
    const long = `${'x'.repeat(400)}.pdf`;
    const [first, second] = uniqueFileNames([long, long]);
    expect(bytes(second ?? '')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(second).toMatch(/x \(2\)\.pdf$/);
    expect(first).not.toBe(second);
  });
});

describe('helpers', () => {
  it('splits extensions and adds suffixes', () => {
    expect(splitExtension('a.tar.gz')).toEqual({ base: 'a.tar', extension: 'gz' });
    expect(splitExtension('noext')).toEqual({ base: 'noext', extension: '' });
    expect(splitExtension('.env')).toEqual({ base: '.env', extension: '' });
    expect(withSuffix('IO.pdf', 3)).toBe('IO (3).pdf');
    expect(withSuffix('IO', 2)).toBe('IO (2)');
  });
});
