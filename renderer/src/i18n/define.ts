/**
 * A feature's messages in both languages. Inference makes a key missing from either language a
 * type error, so French and English can never drift apart.
 */
export function defineMessages<const K extends string>(messages: {
  en: Record<K, string>;
  fr: Record<K, string>;
}): { en: Record<K, string>; fr: Record<K, string> } {
  return messages;
}
