/** The placement picker: one group per site and section, placements by name inside. */
import { useMemo } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { FieldFrame } from '@renderer/ui/Field.tsx';

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
    <FieldFrame label={props.label} error={props.error} className={props.className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="input"
          value={props.value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">{props.placeholder}</option>
          {groups.map((group) => (
            <optgroup key={group.key} label={group.label}>
              {group.placements.map((placement) => (
                <option key={placement.id} value={placement.id}>
                  {placement.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
