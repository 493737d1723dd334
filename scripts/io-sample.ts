/**
 * A realistic insertion order of any size, for the benchmark and for looking at the template:
 * the seeded demo data set (a fictional French sales house), one campaign with an agency given
 * `bookings` of the data set's live bookings, built by the shared builder exactly as the planner
 * builds it. Optionally a second revision of it, with lines changed, added and removed.
 */
import { addDays } from '../shared/domain/days.ts';
import { isLive } from '../shared/domain/load.ts';
import { settingsSchema, type Booking, type Locale } from '../shared/domain/model.ts';
import { generateDemoData } from '../shared/demo/generate.ts';
import { buildInsertionOrder, type BuildInsertionOrderInput } from '../shared/io/build.ts';
import type { IoDocument } from '../shared/io/types.ts';

export interface SampleOptions {
  /** Lines on the IO. */
  bookings: number;
  today: string;
  locale: Locale;
  seed?: number;
  /** 2: a second revision (a few lines changed, added and removed) against the first. */
  revision?: 1 | 2;
}

/** A made-up logo, so the letterhead is seen with one. */
const SAMPLE_LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="64" viewBox="0 0 200 64">' +
  '<rect width="64" height="64" rx="12" fill="#1d3557"/><path d="M14 44 L32 16 L50 44 Z" fill="#f4a261"/>' +
  '<text x="74" y="30" font-family="Arial" font-size="20" font-weight="700" fill="#1d3557">Atlantique</text>' +
  '<text x="74" y="52" font-family="Arial" font-size="16" fill="#5b6474">Médias</text></svg>';

export const SAMPLE_SETTINGS = settingsSchema.parse({
  defaultVatPct: 20,
  publisher: {
    legalName: 'Régie Atlantique Médias SAS',
    address: '14 quai de la Fosse\n44000 Nantes',
    companyNumber: '81234567800027',
    vatNumber: 'FR4281234567800',
    email: 'adops@regie-atlantique.example',
    phone: '+33 2 40 00 00 00',
    logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(SAMPLE_LOGO_SVG).toString('base64')}`,
  },
  io: { adServerOfRecord: 'Google Ad Manager' },
});

export function sampleInsertionOrder(options: SampleOptions): IoDocument {
  const { today, locale } = options;
  // Enough bookings that `bookings` of them are live whatever the seed.
  const data = generateDemoData({
    today,
    seed: options.seed ?? 42,
    size: { placements: 120, bookings: Math.max(400, options.bookings * 4), days: 183 },
  });
  const campaign = data.campaigns.find((c) => c.agencyId !== null) ?? data.campaigns[0];
  if (!campaign) throw new Error('the demo data set has no campaign');
  const live = data.bookings.filter((b) => isLive(b, today));
  if (live.length < options.bookings)
    throw new Error(`only ${live.length} live bookings, ${options.bookings} wanted`);
  const mine: Booking[] = live.slice(0, options.bookings).map((b) => ({ ...b, campaignId: campaign.id }));

  const input = (
    bookings: Booking[],
    revision: number,
    previous: IoDocument | null,
  ): BuildInsertionOrderInput => ({
    campaign: { ...campaign, agencyCommissionPct: campaign.agencyId ? 15 : 0 },
    bookings,
    placements: data.placements,
    sections: data.sections,
    sites: data.sites,
    advertisers: data.advertisers,
    agencies: data.agencies,
    settings: SAMPLE_SETTINGS,
    number: `IO-${today.slice(0, 4)}-0042`,
    revision,
    issuedOn: revision === 1 ? today : addDays(today, 3),
    locale,
    today,
    previous,
  });

  const first = buildInsertionOrder(input(mine, 1, null));
  if ((options.revision ?? 1) === 1) return first;
  // Revision 2: one line gets a bigger discount, one is cancelled, one is added.
  const [changed, removed, ...rest] = mine;
  const extra = live[options.bookings];
  if (!changed || !removed || !extra) return first;
  const second = [
    { ...changed, discountPct: Math.min(100, changed.discountPct + 10) },
    { ...removed, status: 'cancelled' as const },
    ...rest,
    { ...extra, campaignId: campaign.id },
  ];
  return buildInsertionOrder(input(second, 2, first));
}
