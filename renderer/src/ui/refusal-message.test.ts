import { describe, expect, it } from 'vitest';
import { makeTranslator } from '@renderer/i18n/index.tsx';
import { refusalMessage } from './refusal-message.ts';

describe('refusal message', () => {
  it('names what still refers to the record, in either language', () => {
    const issues = [
      { path: '', code: 'in_use' as const, params: { count: 1, entity: 'sections' } },
      { path: '', code: 'in_use' as const, params: { count: 12, entity: 'placements' } },
    ];
    expect(refusalMessage('Le Quotidien', issues, makeTranslator('en'))).toBe(
      'Cannot delete “Le Quotidien”: it still has 1 section and 12 placements. Remove those first.',
    );
    expect(refusalMessage('Le Quotidien', issues, makeTranslator('fr'))).toBe(
      'Impossible de supprimer « Le Quotidien », qui a encore 1 rubrique et 12 emplacements. Supprimez-les d’abord.',
    );
  });

  it('falls back to the issue messages for anything else', () => {
    expect(refusalMessage('X', [{ path: 'id', code: 'unknown_site' }], makeTranslator('en'))).toBe(
      'Choose a site.',
    );
  });
});
