import type { ValidationIssue } from '@shared/domain/issues.ts';
import { ENTITY_NAMES, type EntityName } from '@shared/domain/model.ts';
import type { I18n, PluralKey } from '@renderer/i18n/index.tsx';

const recordKeys: Record<EntityName, PluralKey> = {
  sites: 'inventory.records.sites',
  sections: 'inventory.records.sections',
  placements: 'inventory.records.placements',
  advertisers: 'inventory.records.advertisers',
  agencies: 'inventory.records.agencies',
  campaigns: 'inventory.records.campaigns',
  bookings: 'inventory.records.bookings',
};

/**
 * Why a delete was refused. `in_use` issues name the kind and number of records still referring
 * to it: "Cannot delete “Le Quotidien”: it still has 3 sections and 12 placements."
 */
export function refusalMessage(
  name: string,
  issues: ValidationIssue[],
  i18n: Pick<I18n, 't' | 'tc' | 'issue' | 'locale'>,
): string {
  const parts = issues.map((issue) => {
    const entity = ENTITY_NAMES.find((e) => e === issue.params?.entity);
    const count = Number(issue.params?.count);
    return issue.code === 'in_use' && entity && Number.isFinite(count)
      ? i18n.tc(recordKeys[entity], count)
      : null;
  });
  if (parts.length === 0 || parts.some((part) => part === null)) return issues.map(i18n.issue).join(' ');
  const list = new Intl.ListFormat(i18n.locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(
    parts as string[],
  );
  return i18n.t('inventory.inUse', { name, list });
}
