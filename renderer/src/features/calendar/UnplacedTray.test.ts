import { campaignSchema } from '@shared/domain/model.ts';
import { booking } from '@shared/domain/test-fixtures.ts';
import { describe, expect, it } from 'vitest';
import { campaignsToPlace } from './UnplacedTray.tsx';

const campaign = (id: string, status: 'draft' | 'proposal' | 'confirmed' | 'cancelled' = 'draft') =>
  campaignSchema.parse({ id, name: id, advertiserId: 'adv-1', status });

describe('campaignsToPlace', () => {
  it('lists the campaigns without a live booking, cancelled campaigns aside', () => {
    const campaigns = [
      campaign('placed'),
      campaign('empty'),
      campaign('only-cancelled'),
      campaign('dead', 'cancelled'),
    ];
    const bookings = [
      booking({ campaignId: 'placed', status: 'option', optionExpiresOn: '2026-03-01' }),
      booking({ campaignId: 'only-cancelled', status: 'cancelled' }),
    ];
    expect(campaignsToPlace(campaigns, bookings).map((c) => c.id)).toEqual(['empty', 'only-cancelled']);
  });
});
