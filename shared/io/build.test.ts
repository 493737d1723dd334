import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignSchema, placementSchema, settingsSchema, type Booking } from '../domain/model.ts';
import { buildInsertionOrder, insertionOrderIssues, ioLineType } from './build.ts';
import {
  bookings,
  booking,
  campaign,
  display,
  input,
  rotation,
  settings,
  takeover,
  TODAY,
} from './test-fixtures.ts';
import type { IoDocument } from './types.ts';

const byId = (doc: IoDocument, id: string) => {
  const line = doc.lines.find((l) => l.bookingId === id);
  if (!line) throw new Error(`no line ${id}`);
  return line;
};

function expectAllIntegers(doc: IoDocument): void {
  for (const line of [...doc.lines, ...doc.removedLines]) {
    for (const value of [
      line.quantity,
      line.grossCents,
      line.discountCents,
      line.netCents,
      line.rateCents,
      line.days,
    ]) {
      expect(Number.isSafeInteger(value)).toBe(true);
    }
  }
  for (const [key, value] of Object.entries(doc.totals)) {
    if (key.endsWith('Cents')) expect(Number.isSafeInteger(value), key).toBe(true);
  }
}

describe('buildInsertionOrder: the numbers, checked by hand', () => {
  const doc = buildInsertionOrder(input());

  it('prices an exclusive CPD line: 7 days × 500.00 €', () => {
    expect(byId(doc, 'b-A')).toMatchObject({
      lineType: 'exclusive',
      days: 7,
      quantity: 7,
      grossCents: 350_000,
      discountCents: 0,
      netCents: 350_000,
    });
  });

  it('prices CPD on two slots of a rotation with 12.5 %, the discount rounded half up', () => {
    // 10 days × 2 slots = 20 slot-days × 123.45 € = 2 469.00 €; 12.5 % = 308.625 € → 308.63 €
    expect(byId(doc, 'b-B')).toMatchObject({
      lineType: 'slots',
      quantity: 20,
      grossCents: 246_900,
      discountPct: 12.5,
      discountCents: 30_863,
      netCents: 216_037,
    });
  });

  it('prices CPM on an odd number of impressions, rounding half a cent up twice', () => {
    // 1 234 502 impressions × 2.50 € / 1000 = 3 086.255 € → 3 086.26 €; 12.5 % = 385.7825 € → 385.78 €
    expect(byId(doc, 'b-C')).toMatchObject({
      lineType: 'impressions',
      quantity: 1_234_502,
      grossCents: 308_626,
      discountCents: 38_578,
      netCents: 270_048,
    });
  });

  it('prices CPC on the estimated clicks of a share of voice', () => {
    // 33.33 % of 100 000 = 33 330 impressions a day × 4 days = 133 320; × 0.12 % = 159.984 → 160 clicks
    // 160 × 0.80 € = 128.00 €; 5 % = 6.40 €
    expect(byId(doc, 'b-D')).toMatchObject({
      lineType: 'sov',
      volume: { kind: 'sov', pct: 33.33 },
      rateModel: 'cpc',
      quantity: 160,
      grossCents: 12_800,
      discountCents: 640,
      netCents: 12_160,
    });
  });

  it('prices a flat line once, whatever its length', () => {
    expect(byId(doc, 'b-E')).toMatchObject({
      rateModel: 'flat',
      quantity: 1,
      grossCents: 1_500_000,
      netCents: 1_500_000,
    });
  });

  it('keeps a live option, and leaves out expired and cancelled lines and other campaigns', () => {
    expect(byId(doc, 'b-F')).toMatchObject({ status: 'option', grossCents: 100_000 });
    expect(doc.lines.map((l) => l.bookingId)).not.toContain('b-G'); // option past its expiry
    expect(doc.lines.map((l) => l.bookingId)).not.toContain('b-H'); // cancelled
    expect(doc.lines.map((l) => l.bookingId)).not.toContain('b-I'); // expired
    expect(doc.lines.map((l) => l.bookingId)).not.toContain('b-J'); // another campaign
    expect(doc.lines).toHaveLength(6);
  });

  it('orders lines by start date, then site, section and placement name in the document language', () => {
    // On 1 April, "Économie" sorts before "Sport" in French (É as E).
    expect(doc.lines.map((l) => l.bookingId)).toEqual(['b-C', 'b-B', 'b-A', 'b-D', 'b-E', 'b-F']);
  });

  it('totals: 15 % commission on the net, then 20 % VAT, each rounded once', () => {
    // gross 25 183.26 €, discounts 700.81 €, net 24 482.45 €
    // commission 15 % = 3 672.3675 € → 3 672.37 €; net before tax 20 810.08 €
    // VAT 20 % = 4 162.016 € → 4 162.02 €; total 24 972.10 €
    expect(doc.totals).toEqual({
      grossCents: 2_518_326,
      discountCents: 70_081,
      netCents: 2_448_245,
      agencyCommissionPct: 15,
      commissionCents: 367_237,
      netBeforeTaxCents: 2_081_008,
      vatPct: 20,
      vatCents: 416_202,
      totalCents: 2_497_210,
      maxSpendCents: 2_497_210,
    });
  });

  it('the lines add up to the totals, to the cent, in integers', () => {
    const sum = (pick: (l: IoDocument['lines'][number]) => number) =>
      doc.lines.reduce((s, l) => s + pick(l), 0);
    expect(doc.totals.grossCents).toBe(sum((l) => l.grossCents));
    expect(doc.totals.discountCents).toBe(sum((l) => l.discountCents));
    expect(doc.totals.netCents).toBe(sum((l) => l.netCents));
    expect(doc.totals.netBeforeTaxCents + doc.totals.commissionCents).toBe(doc.totals.netCents);
    expect(doc.totals.totalCents).toBe(doc.totals.netBeforeTaxCents + doc.totals.vatCents);
    expectAllIntegers(doc);
  });

  it('applies a reduced VAT rate (5.5 %) from the settings', () => {
    const reduced = buildInsertionOrder(input({ settings: { ...settings, defaultVatPct: 5.5 } }));
    // 20 810.08 € × 5.5 % = 1 144.5544 € → 1 144.55 €
    expect(reduced.totals).toMatchObject({
      vatPct: 5.5,
      netBeforeTaxCents: 2_081_008,
      vatCents: 114_455,
      totalCents: 2_195_463,
    });
    expect(reduced.totals.maxSpendCents).toBe(reduced.totals.totalCents);
  });

  it('rounds a commission and a VAT that fall on half a cent up', () => {
    const flat = (rateCents: number) =>
      booking('b-flat', {
        placementId: 'p-rotation',
        rateModel: 'flat',
        rateCents,
        startDate: '2026-04-01',
        endDate: '2026-04-01',
      });
    // 100.10 € × 15 % = 15.015 € → 15.02 €; 85.08 € × 20 % = 17.016 € → 17.02 €
    const withCommission = buildInsertionOrder(input({ bookings: [flat(10_010)] }));
    expect(withCommission.totals).toMatchObject({
      commissionCents: 1_502,
      netBeforeTaxCents: 8_508,
      vatCents: 1_702,
      totalCents: 10_210,
    });
    // No agency: 101.00 € × 5.5 % = 5.555 € → 5.56 €
    const direct = campaignSchema.parse({ ...campaign, agencyId: null, agencyCommissionPct: 0 });
    const reduced = buildInsertionOrder(
      input({ campaign: direct, bookings: [flat(10_100)], settings: { ...settings, defaultVatPct: 5.5 } }),
    );
    expect(reduced.agency).toBeNull();
    expect(reduced.totals).toMatchObject({
      commissionCents: 0,
      netBeforeTaxCents: 10_100,
      vatCents: 556,
      totalCents: 10_656,
    });
  });

  it('sets the creative due date from the first line and the lead time in the settings', () => {
    expect(doc.terms).toEqual({
      governingTerms: 'IAB/4A’s Standard Terms and Conditions for Internet Advertising, v3.0',
      adServerOfRecord: '',
      creativeDueDate: '2026-03-27',
      cancellationTerms: settings.io.cancellationTerms,
      paymentTerms: 'Net 30 days from invoice date',
    });
    const tenDays = buildInsertionOrder(
      input({ settings: { ...settings, io: { ...settings.io, creativeLeadDays: 10 } } }),
    );
    expect(tenDays.terms.creativeDueDate).toBe('2026-03-22');
  });

  it('carries the parties, the campaign and the identity of the document', () => {
    expect(doc).toMatchObject({
      number: 'IO-2026-0001',
      revision: 1,
      issuedOn: TODAY,
      locale: 'fr',
      currency: 'EUR',
      campaign: { id: 'camp-1', name: 'Printemps 2026', notes: '' },
      publisher: {
        name: 'Régie Ouest SAS',
        legalName: 'Régie Ouest SAS',
        companyNumber: '12345678900012',
        vatNumber: 'FR98123456789',
        logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      },
      advertiser: {
        name: 'Cycles Martin',
        legalName: 'Cycles Martin SARL',
        vatNumber: 'FR12345678901',
        contacts: { billing: { name: 'Compta', email: 'compta@cycles-martin.example', phone: '' } },
      },
      agency: { name: 'Agence Bleue', legalName: 'Agence Bleue SAS' },
      removedLines: [],
    });
    expect(byId(doc, 'b-A')).toMatchObject({
      site: 'Le Quotidien',
      section: 'Sport',
      placement: 'Sport – habillage',
      format: 'skin',
    });
    expect(doc.lines.every((line) => line.change === undefined)).toBe(true);
  });

  it('leaves the option out once it has expired, even before the release rewrote it', () => {
    const later = buildInsertionOrder(input({ today: '2026-05-01' }));
    expect(later.lines.map((l) => l.bookingId)).not.toContain('b-F');
    expect(later.totals.grossCents).toBe(doc.totals.grossCents - 100_000);
  });
});

describe('ioLineType', () => {
  it('names how a line was sold', () => {
    expect(ioLineType(bookings.A, takeover)).toBe('exclusive');
    expect(ioLineType(bookings.B, rotation)).toBe('slots');
    expect(ioLineType(bookings.C, display)).toBe('impressions');
    expect(ioLineType(bookings.D, display)).toBe('sov');
  });
});

describe('revisions', () => {
  const first = buildInsertionOrder(input());

  it('marks lines added, changed and unchanged against the previous revision, and lists the removed ones', () => {
    const next: Booking[] = [
      bookings.A, // unchanged
      { ...bookings.B, endDate: '2026-04-12' }, // changed: dates (and so quantity and amounts)
      { ...bookings.C, discountPct: 15 }, // changed: discount
      bookings.D,
      { ...bookings.E, status: 'cancelled' }, // removed
      { ...bookings.F, status: 'confirmed', optionExpiresOn: null }, // changed: the option is now sold
      booking('b-K', {
        placementId: 'p-takeover',
        startDate: '2026-05-11',
        endDate: '2026-05-11',
        rateCents: 50_000,
      }), // added
    ];
    const second = buildInsertionOrder(input({ bookings: next, revision: 2, previous: first }));
    expect(Object.fromEntries(second.lines.map((l) => [l.bookingId, l.change]))).toEqual({
      'b-A': 'unchanged',
      'b-B': 'changed',
      'b-C': 'changed',
      'b-D': 'unchanged',
      'b-F': 'changed',
      'b-K': 'added',
    });
    expect(second.removedLines).toEqual([{ ...byId(first, 'b-E') }]);
    expect(second.removedLines[0]).not.toHaveProperty('change');
    expect(byId(second, 'b-B')).toMatchObject({ quantity: 24, grossCents: 296_280 });
  });

  it('marks a line changed when its placement is renamed (the contract names it)', () => {
    const renamed = placementSchema.parse({ ...takeover, name: 'Sport – habillage premium' });
    const second = buildInsertionOrder(
      input({ placements: [renamed, rotation, display], revision: 2, previous: first }),
    );
    expect(byId(second, 'b-A').change).toBe('changed');
    expect(byId(second, 'b-F').change).toBe('changed');
    expect(byId(second, 'b-B').change).toBe('unchanged');
  });

  it('can record that every line was removed', () => {
    const cancelled = Object.values(bookings).map((b) => ({ ...b, status: 'cancelled' as const }));
    const last = input({ bookings: cancelled, revision: 2, previous: first });
    expect(insertionOrderIssues(last)).toEqual([]);
    const doc = buildInsertionOrder(last);
    expect(doc.lines).toEqual([]);
    expect(doc.removedLines.map((l) => l.bookingId).sort()).toEqual(
      first.lines.map((l) => l.bookingId).sort(),
    );
    expect(doc.totals).toMatchObject({
      grossCents: 0,
      netCents: 0,
      vatCents: 0,
      totalCents: 0,
      maxSpendCents: 0,
    });
    expect(doc.terms.creativeDueDate).toBeNull();
  });
});

describe('insertionOrderIssues', () => {
  it('is empty for a buildable IO', () => {
    expect(insertionOrderIssues(input())).toEqual([]);
  });

  it('refuses a first issue without any line', () => {
    expect(insertionOrderIssues(input({ bookings: [bookings.G, bookings.H] }))).toEqual([
      { path: '', code: 'io_no_lines' },
    ]);
  });

  it('names the missing records, and build throws without them', () => {
    const broken = input({ advertisers: [], agencies: [], placements: [takeover, rotation], sections: [] });
    expect(insertionOrderIssues(broken)).toEqual([
      { path: 'advertiserId', code: 'unknown_advertiser' },
      { path: 'agencyId', code: 'unknown_agency' },
      // In the order of the bookings given.
      { path: 'sectionId', code: 'unknown_section', params: { bookingId: 'b-A' } },
      { path: 'sectionId', code: 'unknown_section', params: { bookingId: 'b-B' } },
      { path: 'placementId', code: 'unknown_placement', params: { bookingId: 'b-C' } },
      { path: 'placementId', code: 'unknown_placement', params: { bookingId: 'b-D' } },
      { path: 'sectionId', code: 'unknown_section', params: { bookingId: 'b-E' } },
      { path: 'sectionId', code: 'unknown_section', params: { bookingId: 'b-F' } },
    ]);
    expect(() => buildInsertionOrder(broken)).toThrow(/not found/);
  });
});

describe('buildInsertionOrder: properties', () => {
  it('always gives integers, lines that add up to the totals, and total = net before tax + VAT', () => {
    const bookingArb = fc.record({
      placement: fc.constantFrom(takeover, rotation, display),
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 1, max: 40 }),
      status: fc.constantFrom('option', 'confirmed', 'cancelled', 'expired'),
      expiry: fc.integer({ min: -10, max: 10 }),
      slots: fc.integer({ min: 1, max: 3 }),
      goal: fc.integer({ min: 1, max: 5_000_000 }),
      sov: fc.integer({ min: 1, max: 10_000 }),
      rateCents: fc.integer({ min: 0, max: 10_000_000 }),
      discount: fc.integer({ min: 0, max: 10_000 }),
      model: fc.constantFrom('cpm', 'cpc', 'cpd', 'flat'),
    });
    fc.assert(
      fc.property(
        fc.array(bookingArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(0, 5.5, 10, 20),
        (specs, commissionBp, vatPct) => {
          const day = (n: number) => new Date(Date.UTC(2026, 3, 1 + n)).toISOString().slice(0, 10);
          const list = specs.map((s, i) =>
            booking(`b-${i}`, {
              placementId: s.placement.id,
              startDate: day(s.start),
              endDate: day(s.start + s.length - 1),
              status: s.status,
              optionExpiresOn: s.status === 'option' ? day(s.expiry - 20) : null,
              volume:
                s.placement.capacity.kind === 'slots'
                  ? { kind: 'slots', slots: s.slots }
                  : s.sov % 2 === 0
                    ? { kind: 'sov', pct: s.sov / 100 }
                    : { kind: 'impressions', goal: s.goal },
              rateModel:
                s.placement.capacity.kind === 'slots' && (s.model === 'cpm' || s.model === 'cpc')
                  ? 'cpd'
                  : s.model,
              rateCents: s.rateCents,
              discountPct: s.discount / 100,
            }),
          );
          const c = campaignSchema.parse({ ...campaign, agencyCommissionPct: commissionBp / 100 });
          const doc = buildInsertionOrder(
            input({
              campaign: c,
              bookings: list,
              settings: settingsSchema.parse({ ...settings, defaultVatPct: vatPct }),
            }),
          );
          expectAllIntegers(doc);
          const sum = (pick: (l: IoDocument['lines'][number]) => number) =>
            doc.lines.reduce((s, l) => s + pick(l), 0);
          expect(doc.totals.grossCents).toBe(sum((l) => l.grossCents));
          expect(doc.totals.discountCents).toBe(sum((l) => l.discountCents));
          expect(doc.totals.netCents).toBe(sum((l) => l.netCents));
          expect(doc.totals.totalCents).toBe(doc.totals.netBeforeTaxCents + doc.totals.vatCents);
          expect(doc.totals.maxSpendCents).toBe(doc.totals.totalCents);
          for (const line of doc.lines)
            expect(line.status === 'confirmed' || line.status === 'option').toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
