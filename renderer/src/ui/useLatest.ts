/**
 * The latest value of something rendered, for event handlers and animation frames that outlive
 * the render they were created in (pointer capture, rAF loops, timers). Updated after each commit,
 * so render itself never writes a ref.
 */
import { useLayoutEffect, useRef } from 'react';

export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
