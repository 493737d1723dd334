/**
 * Validation of user input, in two steps:
 * 1. `parseEntity` checks the shape with the entity's zod schema and fills defaults;
 * 2. the `*Rules` functions check what spans fields or entities, given the records referenced.
 * Both return `ValidationIssue`s with codes the UI translates; nothing here throws on bad input.
 */
import type { z } from 'zod';
import { ENTITY_SCHEMAS, type EntityName, type EntityTypes } from './model.ts';
import { VALIDATION_CODES, type ValidationCode, type ValidationIssue, type Validated } from './issues.ts';

const knownCodes = new Set<string>(VALIDATION_CODES);

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  const code: ValidationCode = knownCodes.has(issue.message) ? (issue.message as ValidationCode) : 'invalid';
  return { path, code };
}

/** Checks `input` against the entity's schema; on success the value has every default filled in. */
export function parseEntity<E extends EntityName>(entity: E, input: unknown): Validated<EntityTypes[E]> {
  const result = ENTITY_SCHEMAS[entity].safeParse(input);
  if (result.success) return { ok: true, value: result.data as EntityTypes[E] };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

/** Parses any zod schema into a `Validated` (settings, API answers, IPC arguments). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}
