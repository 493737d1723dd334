/**
 * Follows one Dexie table change by change: a whole read when the first listener comes, then,
 * after each commit that touches the table, only the keys Dexie's `storagemutated` event names
 * (fired in this window and, through Dexie's broadcast, in the others). Reads run one after the
 * other, so a slow one never lands after a newer one; with the last listener gone, what was read
 * is forgotten, since changes then go unseen.
 *
 * What is kept and published is the subclass's: LiveTable keeps the records, OutboxWatch the keys.
 */
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet, type Table } from 'dexie';

type Listener = () => void;

export abstract class TableFollower<R, K extends string | number> {
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();
  private readonly parts: readonly [string, string];

  constructor(
    protected readonly table: Table<R, K>,
    private readonly isKey: (key: unknown) => key is K,
  ) {
    const part = `idb://${table.db.name}/${table.name}/`;
    this.parts = [part, `${part}:dels`];
  }

  /** Starts following the table with the first listener, stops with the last. (Bound: React calls it bare.) */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /** Reads the whole table; called with the first listener and when a commit's keys are unknown. */
  protected abstract reload(): Promise<void>;
  /** Reads these keys again (written or deleted by a commit); only once a reload is in. */
  protected abstract refresh(keys: readonly K[]): Promise<void>;
  /** Whether a whole read is in, so that keys can be refreshed. */
  protected abstract get loaded(): boolean;
  /** Drops what was read: nobody listens, so changes go unseen from now on. */
  protected abstract forget(): void;

  protected get listening(): boolean {
    return this.listeners.size > 0;
  }

  protected notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private start(): void {
    Dexie.on('storagemutated', this.onMutated);
    this.enqueue(() => this.reload());
  }

  private stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.forget();
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const keys = changedKeys(
      this.parts.map((part) => parts[part]),
      this.isKey,
    );
    if (keys === undefined) return;
    this.enqueue(() => (keys === null || !this.loaded ? this.reload() : this.refresh(keys)));
  };

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      // A failed read leaves what was read in place; the next change or subscriber retries.
      console.error(`Reading ${this.table.name} failed`, error);
    });
  }
}

export const isStringKey = (key: unknown): key is string => typeof key === 'string';
export const isNumberKey = (key: unknown): key is number => typeof key === 'number';

/**
 * The primary keys named by the mutated parts: undefined when the table was not touched, null
 * when a whole range was (a `clear()`, a collection `modify`) or a key is not of the table's kind,
 * which calls for a reload.
 */
export function changedKeys<K extends string | number>(
  trees: readonly (IntervalTree | undefined)[],
  isKey: (key: unknown) => key is K,
): K[] | null | undefined {
  const keys = new Set<K>();
  let touched = false;
  for (const tree of trees) {
    if (!tree || tree.d === 0) continue;
    touched = true;
    for (const range of new RangeSet().add(tree)) {
      if (!isKey(range.from) || range.from !== range.to) return null;
      keys.add(range.from);
    }
  }
  return touched ? [...keys] : undefined;
}
