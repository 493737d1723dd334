/**
 * A whole table held in memory and followed change by change.
 *
 * A live query (`useLiveQuery(() => table.toArray())`) re-reads the entire table after any write
 * to it: at a sales house's size (50,000 bookings) that is a second of structured cloning, and
 * every reader then re-diffs 50,000 new objects. A LiveTable reads the table once, then re-reads
 * only the keys each commit names (TableFollower), and publishes a new immutable snapshot that
 * says which ids changed, so readers can update incrementally too.
 */
import type { Table } from 'dexie';
import { isStringKey, TableFollower } from './table-follower.ts';

export interface TableSnapshot<T extends { id: string }> {
  /** Every row, in primary key order at load time, new rows after. */
  readonly rows: readonly T[];
  readonly byId: ReadonlyMap<string, T>;
  /** Grows by one with every published snapshot. */
  readonly revision: number;
  /**
   * The ids written (created, changed or deleted) after `revision` up to this snapshot, or null
   * when that is not known (the table was reloaded as a whole, or `revision` is too old).
   */
  changedSince(revision: number): ReadonlySet<string> | null;
}

/** How many past revisions' changed ids are remembered for `changedSince`. */
const CHANGE_LOG_LENGTH = 64;

interface LoggedChange {
  revision: number;
  /** null: the whole table was reloaded. */
  ids: readonly string[] | null;
}

export class LiveTable<T extends { id: string }> extends TableFollower<T, string> {
  private snapshot: TableSnapshot<T> | undefined;
  private readonly log: LoggedChange[] = [];
  /** Whole-table reads wait for it (see `holdReadsUntil`). */
  private hold: Promise<unknown> = Promise.resolve();

  constructor(table: Table<T, string>) {
    super(table, isStringKey);
  }

  /** The latest snapshot; undefined until the first read is done. (Bound: React calls it bare.) */
  readonly current = (): TableSnapshot<T> | undefined => this.snapshot;

  /**
   * Whole-table reads wait until `released` settles. IndexedDB serves a database's requests one
   * after the other, so a screen's first view (a few rows through an index) would otherwise wait
   * behind the whole table's read, a second or more at 50,000 records.
   */
  holdReadsUntil(released: Promise<unknown>): void {
    this.hold = released.catch(() => undefined);
  }

  protected get loaded(): boolean {
    return this.snapshot !== undefined;
  }

  protected forget(): void {
    this.snapshot = undefined;
    this.log.length = 0;
  }

  protected async reload(): Promise<void> {
    await this.hold;
    if (!this.listening) return;
    const rows = await this.table.toArray();
    this.publish(new Map(rows.map((row) => [row.id, row])), rows, null);
  }

  protected async refresh(ids: readonly string[]): Promise<void> {
    const previous = this.snapshot;
    if (!previous || !this.listening) return;
    const fresh = await this.table.bulkGet([...ids]);
    const byId = new Map(previous.byId);
    let rowsChanged = false;
    ids.forEach((id, i) => {
      const row = fresh[i];
      const before = byId.get(id);
      if (row) byId.set(id, row);
      else byId.delete(id);
      if ((row === undefined) !== (before === undefined)) rowsChanged = true;
    });
    // Same set of ids: keep the order of the rows, replacing the changed ones in place.
    const rows = rowsChanged
      ? Array.from(byId.values())
      : previous.rows.map((row) => byId.get(row.id) ?? row);
    this.publish(byId, rows, ids);
  }

  private publish(byId: Map<string, T>, rows: readonly T[], ids: readonly string[] | null): void {
    const revision = (this.snapshot?.revision ?? 0) + 1;
    this.log.push({ revision, ids });
    if (this.log.length > CHANGE_LOG_LENGTH) this.log.shift();
    const log = this.log;
    this.snapshot = {
      rows,
      byId,
      revision,
      changedSince: (since) => changesAfter(log, since, revision),
    };
    this.notify();
  }
}

/** The ids changed after `since` up to `upTo`, from the log; null when the log cannot tell. */
function changesAfter(log: readonly LoggedChange[], since: number, upTo: number): ReadonlySet<string> | null {
  if (since === upTo) return new Set();
  const first = log[0];
  if (!first || since < first.revision - 1 || since > upTo) return null;
  const ids = new Set<string>();
  for (const entry of log) {
    if (entry.revision <= since || entry.revision > upTo) continue;
    if (entry.ids === null) return null;
    for (const id of entry.ids) ids.add(id);
  }
  return ids;
}
