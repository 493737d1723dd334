import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from './sha256.ts';

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('The quick brown fox jumps over the lazy dog')).toBe(
      'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592',
    );
  });

  it('pads correctly at block boundaries and hashes UTF-8 (values from Node crypto)', () => {
    expect(sha256Hex('a'.repeat(64))).toBe(
      'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb',
    );
    expect(sha256Hex('a'.repeat(119))).toBe(
      '31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb',
    );
    expect(sha256Hex('é – Économie 😀')).toBe(
      'ff24e616fdff10f2b533d120d486a330ac41847961568985f84132028eb17326',
    );
  });

  it('encodes UTF-8 like TextEncoder, lone surrogates as U+FFFD', () => {
    const cases: [string, number[]][] = [
      ['', []],
      ['abc', [0x61, 0x62, 0x63]],
      ['é', [0xc3, 0xa9]],
      ['€', [0xe2, 0x82, 0xac]],
      ['😀', [0xf0, 0x9f, 0x98, 0x80]],
      ['a\u0000b', [0x61, 0x00, 0x62]],
      ['\ud800x', [0xef, 0xbf, 0xbd, 0x78]],
    ];
    for (const [text, bytes] of cases)
      expect(utf8Bytes(text), JSON.stringify(text)).toEqual(Uint8Array.from(bytes));
  });
});
