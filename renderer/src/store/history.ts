/**
 * Undo/redo: UI state (zustand) over the data commands. Each step keeps the inverse command
 * `execute` returned; undoing executes it through `execute`, so an undo is itself validated,
 * written with its outbox entries and synced like any edit. A batch is one step.
 *
 * Operations queue: a `run` during an `undo` waits for it, so steps never interleave.
 * A step that cannot be undone any more (a sync brought new bookings onto a placement whose
 * creation we would undo, say) stays on the stack and its issues are returned for the UI to show.
 */
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Command, CommandResult } from './command-types.ts';
import { db as appDb, type SlotboardDb } from './db.ts';
import { execute, type ExecuteOptions } from './commands.ts';

export interface HistoryStep {
  /** The command that reverts the step (for the undo stack) or replays it (for the redo stack). */
  command: Command;
  /** What the UI shows: "Undo move booking". */
  label?: string | undefined;
}

export interface HistoryState {
  undoStack: HistoryStep[];
  redoStack: HistoryStep[];
  canUndo: boolean;
  canRedo: boolean;
  /** A command, undo or redo is being written. */
  busy: boolean;
  /** Executes a command and records it as one undoable step (unless it changed nothing). */
  run(command: Command, label?: string): Promise<CommandResult>;
  /** Reverts the last step; null when there is nothing to undo. */
  undo(): Promise<CommandResult | null>;
  /** Replays the last undone step; null when there is nothing to redo. */
  redo(): Promise<CommandResult | null>;
  /** Forgets every step (after a demo load, a database reset…). */
  clear(): void;
}

export interface HistoryOptions extends ExecuteOptions {
  /** Steps kept on the undo stack; the oldest go first. Default 200. */
  limit?: number;
}

export type HistoryStore = StoreApi<HistoryState>;

/** The history's state and actions on `db`, for `create` (a React hook store) or `createStore`. */
export function historyState(db: SlotboardDb, options: HistoryOptions = {}): StateCreator<HistoryState> {
  const limit = options.limit ?? 200;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after everything queued before it, whatever their outcome. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  return (set, get) => {
    function setStacks(undoStack: HistoryStep[], redoStack: HistoryStep[]): void {
      set({ undoStack, redoStack, canUndo: undoStack.length > 0, canRedo: redoStack.length > 0 });
    }

    async function busyWhile<T>(task: () => Promise<T>): Promise<T> {
      set({ busy: true });
      try {
        return await task();
      } finally {
        set({ busy: false });
      }
    }

    /** Pops the top of `from`, executes it, pushes its inverse onto `to`. */
    function step(from: 'undoStack' | 'redoStack'): Promise<CommandResult | null> {
      return enqueue(() =>
        busyWhile(async () => {
          const stack = get()[from];
          const top = stack.at(-1);
          if (top === undefined) return null;
          const result = await execute(db, top.command, options);
          if (!result.ok) return result;
          const rest = stack.slice(0, -1);
          const moved = { command: result.inverse, label: top.label };
          if (from === 'undoStack') setStacks(rest, [...get().redoStack, moved]);
          else setStacks([...get().undoStack, moved].slice(-limit), rest);
          return result;
        }),
      );
    }

    return {
      undoStack: [],
      redoStack: [],
      canUndo: false,
      canRedo: false,
      busy: false,
      run: (command, label) =>
        enqueue(() =>
          busyWhile(async () => {
            const result = await execute(db, command, options);
            if (result.ok && result.changes !== 0) {
              setStacks([...get().undoStack, { command: result.inverse, label }].slice(-limit), []);
            }
            return result;
          }),
        ),
      undo: () => step('undoStack'),
      redo: () => step('redoStack'),
      clear: () => setStacks([], []),
    };
  };
}

/** A history on any database (tests, a second window). */
export function createHistoryStore(db: SlotboardDb, options: HistoryOptions = {}): HistoryStore {
  return createStore<HistoryState>()(historyState(db, options));
}

/**
 * The app's history on the app database. A hook (`useHistory((h) => h.canUndo)`) and a store
 * (`useHistory.getState().undo()` outside React).
 */
export const useHistory: UseBoundStore<HistoryStore> = create<HistoryState>()(historyState(appDb));

/** The same store as `useHistory`, by its non-hook name. */
export const history: HistoryStore = useHistory;
