/**
 * Benchmark only (`npm run bench:sync`), never imported by the app: a traffic manager's offline
 * work, written through the app's own commands (`execute`, as the undo history runs them) so the
 * outbox holds exactly what real edits put there. `scripts/bench-sync.ts` bundles this file on its
 * own and evaluates it in the planner's page, on the planner's IndexedDB, after the small demo data
 * set was loaded from the UI.
 *
 * Until the outbox holds `target` entries: new option lines copied from the demo's bookings (ten
 * per command, like a campaign planned in one go), and every fourth line then edited again (its
 * notes), a second entry for a record not synced yet, as a user revising a plan does.
 */
import './zod-jitless.ts';
import type { Booking, IsoDay } from '@shared/domain/model.ts';
import { addDays } from '@shared/domain/days.ts';
import type { Command } from '@renderer/store/command-types.ts';
import { execute } from '@renderer/store/commands.ts';
import { db } from '@renderer/store/db.ts';

export interface EditsResult {
  /** Outbox entries before, and after the edits. */
  before: number;
  after: number;
  creates: number;
  updates: number;
  commands: number;
  refused: number;
  firstIssue: string | null;
  ms: number;
}

const LINES_PER_COMMAND = 10;

export async function makeEdits(args: { target: number; today: IsoDay }): Promise<EditsResult> {
  const started = performance.now();
  const before = await db.outbox.count();
  // Lines that can still be held as options: they start after today.
  const models = (await db.bookings.toArray()).filter((b) => b.startDate > args.today);
  if (models.length === 0) throw new Error('No booking starting after today to copy.');
  const result: EditsResult = {
    before,
    after: before,
    creates: 0,
    updates: 0,
    commands: 0,
    refused: 0,
    firstIssue: null,
    ms: 0,
  };
  let left = args.target - before;
  let n = 0;
  while (left > 0) {
    // Creates then one notes edit for every fourth of them: 10 + 2 or 3 entries a round.
    const lines = Math.min(LINES_PER_COMMAND, left);
    const creates: Command[] = [];
    for (let i = 0; i < lines; i++)
      creates.push({ type: 'create', entity: 'bookings', value: line(models, n++, args.today) });
    const created = await run({ type: 'batch', commands: creates }, result);
    if (!created) continue;
    result.creates += created.length;
    left -= created.length;
    for (const [i, id] of created.entries()) {
      if (i % 4 !== 0 || left <= 0) continue;
      const edited = await run(
        { type: 'update', entity: 'bookings', id, patch: { notes: `Revised ${n}-${i}` } },
        result,
      );
      if (edited) {
        result.updates += 1;
        left -= 1;
      }
    }
  }
  result.after = await db.outbox.count();
  result.ms = performance.now() - started;
  return result;
}

/** A new option line like the n-th model booking: same placement, dates and volume. */
function line(models: readonly Booking[], n: number, today: IsoDay): Partial<Booking> {
  const model = models[n % models.length] as Booking;
  const expiry = addDays(today, 14);
  return {
    campaignId: model.campaignId,
    placementId: model.placementId,
    format: model.format,
    startDate: model.startDate,
    endDate: model.endDate,
    status: 'option',
    optionExpiresOn: expiry < model.startDate ? expiry : model.startDate,
    volume: model.volume,
    rateModel: model.rateModel,
    rateCents: model.rateCents,
    discountPct: model.discountPct,
    notes: `Bench line ${n}`,
  };
}

async function run(command: Command, result: EditsResult): Promise<string[] | null> {
  const outcome = await execute(db, command);
  result.commands += 1;
  if (outcome.ok) return command.type === 'update' ? [command.id] : outcome.createdIds;
  result.refused += 1;
  result.firstIssue ??= JSON.stringify(outcome.issues[0] ?? null);
  if (result.refused > 20) throw new Error(`The edits are refused: ${result.firstIssue}`);
  return null;
}
