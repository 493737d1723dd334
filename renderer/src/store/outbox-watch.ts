/**
 * How many changes wait in the outbox, followed without counting the table.
 *
 * IndexedDB's count() walks every record: 50–75 ms at 62,000 entries in Chromium on the build
 * machine. Live queries re-ran it after every write (the sidebar's counter and the sync engine's
 * watch), and since IndexedDB serves a database's requests one after the other, the write's own
 * re-read for the calendar waited behind them: an edit took ≈ 150 ms longer to show. Here the
 * outbox's keys (its `seq`s) are read once, then each commit's named keys are looked up
 * (TableFollower), a few at a time.
 */
import type { Table } from 'dexie';
import type { OutboxEntry } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { isNumberKey, TableFollower } from './table-follower.ts';

export interface OutboxState {
  /** Entries waiting. */
  count: number;
  /** The highest `seq` seen since the watch started (0 for none): it grows with every local write. */
  newestSeq: number;
}

export class OutboxWatch extends TableFollower<OutboxEntry, number> {
  private seqs: Set<number> | null = null;
  private state: OutboxState | undefined;

  constructor(outbox: Table<OutboxEntry, number>) {
    super(outbox, isNumberKey);
  }

  /** The latest state; undefined until the first read is done. (Bound: React calls it bare.) */
  readonly current = (): OutboxState | undefined => this.state;

  protected get loaded(): boolean {
    return this.seqs !== null;
  }

  protected forget(): void {
    this.seqs = null;
    this.state = undefined;
  }

  protected async reload(): Promise<void> {
    if (!this.listening) return;
    const seqs = await this.table.toCollection().primaryKeys();
    this.seqs = new Set(seqs);
    this.publish(seqs.reduce((newest, seq) => Math.max(newest, seq), this.state?.newestSeq ?? 0));
  }

  protected async refresh(keys: readonly number[]): Promise<void> {
    const seqs = this.seqs;
    if (!seqs || !this.listening) return;
    const present = new Set(
      await this.table
        .where(':id')
        .anyOf([...keys])
        .primaryKeys(),
    );
    let newest = this.state?.newestSeq ?? 0;
    for (const seq of keys) {
      if (present.has(seq)) {
        seqs.add(seq);
        newest = Math.max(newest, seq);
      } else {
        seqs.delete(seq);
      }
    }
    this.publish(newest);
  }

  private publish(newestSeq: number): void {
    const count = this.seqs?.size ?? 0;
    if (this.state?.count === count && this.state.newestSeq === newestSeq) return;
    this.state = { count, newestSeq };
    this.notify();
  }
}

const watches = new WeakMap<SlotboardDb, OutboxWatch>();

/** The one OutboxWatch of a database, shared by every reader (the sidebar, the sync engine). */
export function outboxWatch(db: SlotboardDb): OutboxWatch {
  let watch = watches.get(db);
  if (!watch) {
    watch = new OutboxWatch(db.outbox as Table<OutboxEntry, number>);
    watches.set(db, watch);
  }
  return watch;
}
