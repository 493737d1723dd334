import { describe, expect, it } from 'vitest';
import { buildInsertionOrder } from '@shared/io/build.ts';
import { bookings, input } from '@shared/io/test-fixtures.ts';
import type { IoDocument } from '@shared/io/types.ts';
import { formatMoney } from '@renderer/i18n/format.ts';
import { cssString } from './IoDocumentView.tsx';
import { ioPageTitle, renderIoHtml } from './render-html.tsx';

/** The text of the page, as a reader sees it: tags out, entities and spaces normalised. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

const norm = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

const first = buildInsertionOrder(input());

describe('renderIoHtml', () => {
  it('lays out a French contract: parties, every line, totals in French, page numbers', () => {
    const html = renderIoHtml(first);
    const text = textOf(html);
    expect(html.startsWith('<!doctype html><html lang="fr">')).toBe(true);
    expect(html).toContain('<title>IO-2026-0001 r1 – Printemps 2026</title>');
    for (const words of [
      'Ordre d’insertion',
      'IO-2026-0001',
      'Émis le 15 mars 2026',
      'Régie Ouest SAS',
      'SIRET 12345678900012',
      'N° TVA intracom. FR98123456789',
      'Cycles Martin SARL',
      'Agence Bleue SAS',
      'Facturation Compta compta@cycles-martin.example',
      'Site / rubrique / emplacement',
      'Brut',
      'Remise',
      'Commission d’agence (15 %)',
      'Net HT',
      'TVA (20 %)',
      'Total TTC',
      'Budget maximum',
      'Pour la régie',
      'Pour l’annonceur ou son mandataire',
      'Bon pour accord',
    ]) {
      expect(text, words).toContain(norm(words));
    }
    // One row per line, in the builder's order, under one header.
    expect(count(html, '<thead>')).toBe(1);
    expect(count(html, 'data-booking-id=')).toBe(first.lines.length);
    for (const line of first.lines) expect(text).toContain(line.placement);
    for (const cents of [
      first.totals.netCents,
      first.totals.netBeforeTaxCents,
      first.totals.vatCents,
      first.totals.totalCents,
    ]) {
      expect(text).toContain(norm(formatMoney(cents, 'EUR', 'fr')));
    }
    // The live option is marked as such; the margins carry the number and "page i / n".
    expect(text).toContain('Option : espace réservé');
    expect(html).toContain('@bottom-right { content: "page " counter(page) " / " counter(pages)');
    expect(html).toContain('@bottom-left { content: "IO-2026-0001 · révision 1"');
    // The logo is inlined as it is stored: the page loads nothing.
    expect(html).toContain('<img class="io-head__logo" src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
  });

  it('writes the document in its own language, whatever the app speaks', () => {
    const english = renderIoHtml({ ...first, locale: 'en' });
    const text = textOf(english);
    expect(english.startsWith('<!doctype html><html lang="en">')).toBe(true);
    for (const words of [
      'Insertion order',
      'Issued on 15 March 2026',
      'Total incl. VAT',
      'Maximum spend',
      'For the sales house',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).toContain(norm(formatMoney(first.totals.totalCents, 'EUR', 'en')));
    expect(text).not.toContain('Ordre d’insertion');
  });

  it('marks what changed on a revision and lists the removed lines struck through', () => {
    const second = buildInsertionOrder(
      input({
        revision: 2,
        previous: first,
        bookings: [
          { ...bookings.A, rateCents: 60_000 },
          { ...bookings.B, status: 'cancelled' },
          bookings.C,
          bookings.D,
          bookings.E,
          bookings.F,
          { ...bookings.A, id: 'b-K', startDate: '2026-05-11', endDate: '2026-05-12' },
        ],
      }),
    );
    const html = renderIoHtml(second);
    const text = textOf(html);
    expect(text).toContain(norm('Rév. 2 : modifiée'));
    expect(text).toContain(norm('Rév. 2 : ajoutée'));
    expect(count(html, 'class="is-changed"')).toBe(1);
    expect(count(html, 'class="is-added"')).toBe(1);
    expect(text).toContain('Lignes retirées depuis la révision 1');
    expect(html).toContain('io-table--removed');
    expect(text).toContain(norm('Retirée'));
    expect(html).toContain('"IO-2026-0001 · révision 2"');
  });

  it('marks a preview as a draft, and leaves an issued revision unmarked', () => {
    expect(textOf(renderIoHtml(first, { draft: true }))).toContain('Projet – non émis');
    expect(renderIoHtml(first, { draft: true })).toContain('@top-center');
    expect(textOf(renderIoHtml(first))).not.toContain('Projet');
  });

  it('escapes what users typed, in the page and in its margins', () => {
    const hostile: IoDocument = {
      ...first,
      campaign: { ...first.campaign, name: '</style><script>alert(1)</script> & "Co"' },
    };
    const html = renderIoHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(ioPageTitle(hostile)).not.toContain('/');
    expect(cssString('a"b\\c</style>\nd')).toBe('"a\\22 b\\5c c\\3c /style\\3e \\a d"');
  });

  it('stays one table with no row split, from one line to two hundred', () => {
    const line = first.lines[0]!;
    const many: IoDocument = {
      ...first,
      lines: Array.from({ length: 200 }, (_, i) => ({
        ...line,
        bookingId: `b-${i}`,
        placement: `Emplacement ${i + 1}`,
      })),
    };
    const html = renderIoHtml(many);
    expect(count(html, '<thead>')).toBe(1);
    expect(count(html, 'data-booking-id=')).toBe(200);
    expect(html).toContain('break-inside: avoid');
    expect(textOf(html)).toContain('200 lignes');
  });
});
