import type { Row } from '@tanstack/react-table';

/** Orders text the way a French or English reader expects: accents, case and numbers. */
const collator = new Intl.Collator(['fr', 'en'], { sensitivity: 'base', numeric: true });

export function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

/** A TanStack `sortingFn` for text columns ("Économie" after "Culture", not after "Sport"). */
export function textSort<T>(a: Row<T>, b: Row<T>, columnId: string): number {
  return collator.compare(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));
}
