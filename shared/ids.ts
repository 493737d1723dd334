/**
 * Record ids are made on the laptop, so records created offline never need renumbering.
 * UUIDv7 starts with a millisecond timestamp: ids sort by creation time, which keeps IndexedDB
 * and PostgreSQL indexes appending at the end instead of scattering inserts.
 */
import { uuidv7 } from 'uuidv7';

export function newId(): string {
  return uuidv7();
}
