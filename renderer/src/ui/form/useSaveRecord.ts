import { useCallback, useState } from 'react';
import type { AnyEntity, EntityName } from '@shared/domain/model.ts';
import { useRunCommand } from '../useRunCommand.ts';

/**
 * Saves a record from its form: creates it, or updates the record being edited. `saving` disables
 * Save meanwhile so a double click does not create it twice. Resolves like `useRunCommand`.
 */
export function useSaveRecord() {
  const run = useRunCommand();
  const [saving, setSaving] = useState(false);

  const save = useCallback(
    async (
      entity: EntityName,
      editedId: string | undefined,
      value: Partial<AnyEntity>,
      undoLabel: string,
    ) => {
      setSaving(true);
      try {
        return await run(
          editedId
            ? { type: 'update', entity, id: editedId, patch: value }
            : { type: 'create', entity, value },
          undoLabel,
        );
      } finally {
        setSaving(false);
      }
    },
    [run],
  );

  return { saving, save };
}
