/** The placement picker: one group per site and section, placements by name inside. */
import { useMemo } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { SelectField } from '@renderer/ui/Field.tsx';

interface PlacementGroup {
  key: string;
  label: string;
  placements: Placement[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function groupPlacements(
  placements: readonly Placement[],
  siteById: ReadonlyMap<string, Site>,
  sectionById: ReadonlyMap<string, Section>,
): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const placement of placements) {
    const key = `${placement.siteId}/${placement.sectionId}`;
    let group = groups.get(key);
    if (!group) {
      const site = siteById.get(placement.siteId)?.name ?? '?';
      const section = sectionById.get(placement.sectionId)?.name ?? '?';
      group = { key, label: `${site} › ${section}`, placements: [] };
      groups.set(key, group);
    }
    group.placements.push(placement);
  }
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
  for (const group of sorted) group.placements.sort(byName);
  return sorted;
}

export function PlacementSelect(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (placementId: string) => void;
  placements: readonly Placement[];
  siteById: ReadonlyMap<string, Site>;
  sectionById: ReadonlyMap<string, Section>;
  error?: string | undefined;
  className?: string;
}) {
  const { placements, siteById, sectionById } = props;
  const groups = useMemo(
    () => groupPlacements(placements, siteById, sectionById),
    [placements, siteById, sectionById],
  );
  return (
    <SelectField
      label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={props.onChange}
      options={groups.map((group) => ({
        label: group.label,
        options: group.placements.map((placement) => ({ value: placement.id, label: placement.name })),
      }))}
      error={props.error}
      className={props.className}
    />
  );
}
