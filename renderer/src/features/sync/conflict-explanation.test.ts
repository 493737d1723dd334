import { describe, expect, it } from 'vitest';
import { makeTranslator } from '@renderer/i18n/index.tsx';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import { differences, explainConflict } from './conflict-explanation.ts';

const base = {
  id: 'c',
  entity: 'bookings',
  entityId: 'b',
  status: 'open',
  mutation: {} as never,
  server: null,
  createdAt: '2026-03-01T10:00:00.000Z',
} as const;

function conflict(problem: ConflictRecord['problem']): ConflictRecord {
  return { ...base, problem };
}

describe('explainConflict', () => {
  it('says which days are overbooked by how much, in the placement’s unit and the user’s language', () => {
    const overbooked = conflict({
      type: 't',
      title: 'Overbooked',
      status: 409,
      code: 'overbooked',
      overbooked: {
        placementId: 'p',
        days: [
          { day: '2026-04-06', excess: 1 },
          { day: '2026-04-07', excess: 2 },
        ],
      },
    });
    const placement = { name: 'Home – habillage', capacity: { kind: 'slots', slotsPerDay: 1 } } as never;
    expect(explainConflict(overbooked, makeTranslator('en'), placement)).toEqual([
      'Overbooked: Home – habillage has no room left for this booking.',
      '6 Apr 2026: 1 slot over capacity',
      '7 Apr 2026: 2 slots over capacity',
    ]);
    expect(explainConflict(overbooked, makeTranslator('fr'), placement)[2]).toBe(
      '7 avr. 2026 : 2 positions au-delà de la capacité',
    );
  });

  it('names the invalid field, and says when the server changed the record', () => {
    const invalid = conflict({
      type: 't',
      title: 'Invalid',
      status: 422,
      code: 'validation',
      issues: [{ path: 'endDate', code: 'end_before_start' }],
    });
    const [intro, issue] = explainConflict(invalid, makeTranslator('en'));
    expect(intro).toBe('The server finds it invalid:');
    expect(issue).toMatch(/^End: /);
    const stale = conflict({ type: 't', title: 'Stale', status: 412, code: 'version_conflict' });
    expect(explainConflict(stale, makeTranslator('en'))).toEqual([
      'Changed on the server since you edited it.',
    ]);
  });
});

describe('differences', () => {
  it('lists the fields that differ, or the touched ones when the server copy is unknown', () => {
    const mine = { id: 'b', version: 2, notes: 'mine', endDate: '2026-04-12' };
    const server = { id: 'b', version: 3, notes: 'theirs', endDate: '2026-04-12' };
    expect(differences(mine, server, [])).toEqual([{ field: 'notes', mine: 'mine', server: 'theirs' }]);
    expect(differences(mine, null, ['endDate'])).toEqual([
      { field: 'endDate', mine: '2026-04-12', server: undefined },
    ]);
  });
});
