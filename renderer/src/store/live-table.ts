/**
 * A whole table held in memory and followed change by change.
 *
 * A live query (`useLiveQuery(() => table.toArray())`) re-reads the entire table after any write
 * to it: at a sales house's size (50,000 bookings) that is a second of structured cloning, and
 * every reader then re-diffs 50,000 new objects. A LiveTable reads the table once, then listens
 * to Dexie's `storagemutated` event (fired after each commit, in this window and, through Dexie's
 * broadcast, in the others), re-reads only the keys it names, and publishes a new immutable
 * snapshot that says which ids changed, so readers can update incrementally too.
 */
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet, type Table } from 'dexie';

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

type Listener = () => void;

export class LiveTable<T extends { id: string }> {
  private snapshot: TableSnapshot<T> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly log: LoggedChange[] = [];
  /** Changes are applied one after the other, so a slow read never lands after a newer one. */
  private queue: Promise<void> = Promise.resolve();
  private readonly part: string;
  private readonly deletionsPart: string;
  /** Whole-table reads wait for it (see `holdReadsUntil`). */
  private hold: Promise<unknown> = Promise.resolve();

  constructor(private readonly table: Table<T, string>) {
    this.part = `idb://${table.db.name}/${table.name}/`;
    this.deletionsPart = `${this.part}:dels`;
  }

  /** The latest snapshot; undefined until the first read is done. (Bound: React calls it bare.) */
  readonly current = (): TableSnapshot<T> | undefined => this.snapshot;

  /** Starts following the table with the first listener, stops with the last. (Bound, as `current`.) */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /**
   * Whole-table reads wait until `released` settles. IndexedDB serves a database's requests one
   * after the other, so a screen's first view (a few rows through an index) would otherwise wait
   * behind the whole table's read, a second or more at 50,000 records.
   */
  holdReadsUntil(released: Promise<unknown>): void {
    this.hold = released.catch(() => undefined);
  }

  private start(): void {
    Dexie.on('storagemutated', this.onMutated);
    this.enqueue(() => this.reload());
  }

  private stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    // Without a listener, changes go unseen: the next subscriber must start from a fresh read.
    this.snapshot = undefined;
    this.log.length = 0;
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const keys = changedKeys([parts[this.part], parts[this.deletionsPart]]);
    if (keys === undefined) return;
    this.enqueue(() => (keys === null || !this.snapshot ? this.reload() : this.refresh(keys)));
  };

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      // A failed read leaves the last snapshot in place; the next change or subscriber retries.
      console.error(`Reading ${this.table.name} failed`, error);
    });
  }

  private async reload(): Promise<void> {
    await this.hold;
    if (this.listeners.size === 0) return;
    const rows = await this.table.toArray();
    this.publish(new Map(rows.map((row) => [row.id, row])), rows, null);
  }

  private async refresh(ids: readonly string[]): Promise<void> {
    const previous = this.snapshot;
    if (!previous || this.listeners.size === 0) return;
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
    for (const listener of [...this.listeners]) listener();
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

/**
 * The primary keys named by the mutated parts: undefined when the table was not touched, null
 * when a whole range was (a `clear()`, a collection `modify`), which calls for a reload.
 */
export function changedKeys(trees: readonly (IntervalTree | undefined)[]): string[] | null | undefined {
  const keys = new Set<string>();
  let touched = false;
  for (const tree of trees) {
    if (!tree || tree.d === 0) continue;
    touched = true;
    for (const range of new RangeSet().add(tree)) {
      if (typeof range.from !== 'string' || range.from !== range.to) return null;
      keys.add(range.from);
    }
  }
  return touched ? [...keys] : undefined;
}
