/**
 * A zod schema of `IoDocument` (types.ts), to check a document that crosses a boundary before it
 * is stored: the one handed to `issueInsertionOrder`, and later the ones the server sends back.
 * Typed as `z.ZodType<IoDocument>`, so the compiler keeps it in step with the interface.
 */
import { z } from 'zod';
import {
  bookingStatusSchema,
  contactSchema,
  currencySchema,
  formatSchema,
  isoDaySchema,
  localeSchema,
  rateModelSchema,
  volumeSchema,
} from '../domain/model.ts';
import { isIoNumber } from './numbering.ts';
import type { IoDocument, IoLine, IoParty } from './types.ts';

const cents = z.number().int().min(0);
const count = z.number().int().min(0);
const pct = z.number().min(0).max(100);
const text = z.string().max(10_000);

const partySchema: z.ZodType<IoParty> = z.object({
  name: text,
  legalName: text,
  address: text,
  vatNumber: text,
  companyNumber: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  contacts: z.object({ sales: contactSchema, traffic: contactSchema, billing: contactSchema }).optional(),
  logoDataUrl: z.string().optional(),
});

const lineSchema: z.ZodType<IoLine> = z.object({
  bookingId: z.string().min(1),
  site: text,
  section: text,
  placement: text,
  format: formatSchema,
  startDate: isoDaySchema,
  endDate: isoDaySchema,
  days: count,
  status: bookingStatusSchema,
  lineType: z.enum(['exclusive', 'slots', 'sov', 'impressions']),
  volume: volumeSchema,
  rateModel: rateModelSchema,
  rateCents: cents,
  quantity: count,
  grossCents: cents,
  discountPct: pct,
  discountCents: cents,
  netCents: cents,
  change: z.enum(['added', 'changed', 'unchanged']).optional(),
});

export const ioDocumentSchema: z.ZodType<IoDocument> = z.object({
  number: z.string().refine(isIoNumber, { error: 'invalid' }),
  revision: z.number().int().min(1),
  issuedOn: isoDaySchema,
  locale: localeSchema,
  currency: currencySchema,
  campaign: z.object({ id: z.string().min(1), name: text, notes: text }),
  publisher: partySchema,
  advertiser: partySchema,
  agency: partySchema.nullable(),
  lines: z.array(lineSchema),
  removedLines: z.array(lineSchema),
  totals: z.object({
    grossCents: cents,
    discountCents: cents,
    netCents: cents,
    agencyCommissionPct: pct,
    commissionCents: cents,
    netBeforeTaxCents: cents,
    vatPct: pct,
    vatCents: cents,
    totalCents: cents,
    maxSpendCents: cents,
  }),
  terms: z.object({
    governingTerms: text,
    adServerOfRecord: text,
    creativeDueDate: isoDaySchema.nullable(),
    cancellationTerms: text,
    paymentTerms: text,
  }),
});
