/** Buyers: agencies and advertisers, with their addresses and contacts. */
import type { Contact } from '../domain/model.ts';
import { type DemoContext, stamp } from './context.ts';
import { frenchVatNumber, phoneNumber } from './fake-details.ts';
import {
  AGENCY_COMMISSIONS,
  BRAND_NAMES,
  BRAND_PREFIXES,
  FEATURED_ADVERTISERS,
  FEATURED_AGENCIES,
  FIRST_NAMES,
  LAST_NAMES,
  LEGAL_FORMS,
  STREETS,
} from './buyer-names.ts';
import { CITIES } from './cities.ts';
import type { Random } from './random.ts';
import { slug, uniqueName } from './sampling.ts';

function contact(rng: Random, domain: string, postalCode: string): Contact {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  return {
    name: `${firstName} ${lastName}`,
    email: `${slug(firstName)}.${slug(lastName)}@${domain}`,
    phone: phoneNumber(rng, postalCode),
  };
}

function party(rng: Random, name: string) {
  const [postalCode, city] = rng.pick(CITIES);
  const domain = `${slug(name)}.fr`;
  return {
    name,
    legalName: `${name} ${rng.pick(LEGAL_FORMS)}`,
    address: `${rng.int(1, 180)} ${rng.pick(STREETS)}\n${postalCode} ${city}`,
    vatNumber: frenchVatNumber(rng),
    contacts: {
      sales: contact(rng, domain, postalCode),
      traffic: contact(rng, domain, postalCode),
      billing: {
        name: 'Service comptabilité',
        email: `compta@${domain}`,
        phone: phoneNumber(rng, postalCode),
      },
    },
  };
}

export function makeBuyers(ctx: DemoContext, rng: Random): void {
  const nAdvertisers = Math.max(3, Math.round(Math.sqrt(ctx.spec.bookings) * 1.25));
  const nAgencies = Math.max(2, Math.round(Math.sqrt(nAdvertisers)));

  const usedAgencies = new Set<string>();
  for (let i = 0; i < nAgencies; i++) {
    const name =
      FEATURED_AGENCIES[i] ??
      uniqueName(usedAgencies, () => `${rng.pick(FEATURED_AGENCIES)} ${rng.pick(CITIES)[1]}`);
    usedAgencies.add(name);
    ctx.agencies.push({
      id: ctx.nextId(),
      version: 0,
      updatedAt: stamp(ctx, rng, 90),
      ...party(rng, name),
      defaultCommissionPct: rng.pick(AGENCY_COMMISSIONS),
    });
  }

  const used = new Set<string>(FEATURED_ADVERTISERS);
  const combos = rng.shuffle(
    BRAND_PREFIXES.flatMap((prefix) => BRAND_NAMES.map((name) => `${prefix} ${name}`)).filter(
      (n) => !used.has(n),
    ),
  );
  for (let i = 0; i < nAdvertisers; i++) {
    let name = FEATURED_ADVERTISERS[i] ?? combos[i - FEATURED_ADVERTISERS.length];
    if (name === undefined) name = uniqueName(used, () => `${rng.pick(combos)} ${rng.pick(CITIES)[1]}`);
    used.add(name);
    ctx.advertisers.push({
      id: ctx.nextId(),
      version: 0,
      updatedAt: stamp(ctx, rng, 90),
      ...party(rng, name),
    });
    // About half the advertisers buy through an agency of record.
    ctx.advertiserAgency.push(rng.chance(0.5) ? rng.int(0, nAgencies - 1) : null);
  }
}
