/** Orders text the way a French or English reader expects: accents, case and numbers within text. */
const collator = new Intl.Collator(['fr', 'en'], { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** For lists of records by name ("Économie" after "Culture", not after "Sport"). */
export function byName(a: { name: string }, b: { name: string }): number {
  return compareText(a.name, b.name);
}

/** Records as the choices of a select, by name. */
export function recordOptions(
  records: readonly { id: string; name: string }[],
): { value: string; label: string }[] {
  return [...records].sort(byName).map((record) => ({ value: record.id, label: record.name }));
}
