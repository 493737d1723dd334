/**
 * Deleting a campaign deletes its booking lines with it (an order goes with its lines), after a
 * confirmation that says how many; one Ctrl+Z restores the campaign and every line.
 */
import type { Campaign } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { ConfirmDialog } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { useRunCommand } from '@renderer/ui/useRunCommand.ts';

export function DeleteCampaignDialog(props: {
  campaign: Campaign;
  bookingCount: number;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const i18n = useI18n();
  const { t, tc } = i18n;
  const run = useRunCommand();
  const show = useToasts((s) => s.show);
  const { campaign } = props;

  const remove = async () => {
    const result = await run(
      { type: 'delete', entity: 'campaigns', id: campaign.id, cascade: true },
      t('campaigns.undo.delete'),
    );
    if (!result) return props.onCancel();
    if (!result.ok) {
      show(result.issues.map((issue) => i18n.issue(issue)).join(' '), 'error');
      return props.onCancel();
    }
    show(t('campaigns.toast.deleted', { name: campaign.name }));
    props.onDeleted();
  };

  return (
    <ConfirmDialog
      danger
      message={
        props.bookingCount > 0
          ? tc('campaigns.delete.withBookings', props.bookingCount, { name: campaign.name })
          : t('confirm.deleteNamed', { name: campaign.name })
      }
      confirmLabel={t('campaigns.action.delete')}
      onCancel={props.onCancel}
      onConfirm={() => void remove()}
    />
  );
}
