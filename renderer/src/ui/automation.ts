/**
 * A read-only window onto what the planner draws on canvases, for the end-to-end tests and the
 * benchmark: a canvas has no DOM to query, so a painter says here what it painted last, the way
 * a DOM node would say it with its attributes. Reads only; nothing here changes the planner.
 */
type Reader = () => unknown;

interface AutomationGlobal {
  __slotboard?: Record<string, Reader>;
}

/** Publishes `read` as `__slotboard[name]` until the returned function withdraws it. */
export function exposeForAutomation(name: string, read: Reader): () => void {
  const root = globalThis as AutomationGlobal;
  const readers = (root.__slotboard ??= {});
  readers[name] = read;
  return () => {
    if (readers[name] === read) delete readers[name];
  };
}
