import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, todayIn } from '@shared/domain/days.ts';
import { useI18n, type I18n } from '@renderer/i18n/index.tsx';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import { db } from '@renderer/store/db.ts';
import { canResubmit } from '@renderer/sync/resubmit.ts';
import type { StoredRecord } from '@renderer/sync/records.ts';
import { DateField } from '@renderer/ui/Field.tsx';
import { differences, explainConflict, fieldLabel, formatValue } from './conflict-explanation.ts';
import { useConflictActions } from './useConflictActions.ts';

/** One refused change: why, the user's version against the server's, and what can be done. */
export function ConflictCard({ conflict }: { conflict: ConflictRecord }) {
  const i18n = useI18n();
  const { t } = i18n;
  const local = useLiveQuery(
    async () => (await db.table<StoredRecord, string>(conflict.entity).get(conflict.entityId)) ?? null,
    [conflict.entity, conflict.entityId],
  );
  const placementId =
    conflict.problem.overbooked?.placementId ??
    (typeof local?.placementId === 'string' ? local.placementId : '');
  const placement = useLiveQuery(() => db.placements.get(placementId), [placementId]);
  if (local === undefined) return null;
  const mine = local ?? undefined;
  const titleId = `conflict-${conflict.id}`;

  return (
    <article className="conflict-card" aria-labelledby={titleId} data-testid="conflict">
      <h2 id={titleId} className="conflict-card__title">
        {t('sync.conflict.heading', {
          entity: t(`sync.conflict.entity.${conflict.entity}`),
          name: recordName(mine ?? conflict.mutation.patch, i18n, placement?.name),
          op: t(`sync.conflict.op.${conflict.mutation.op}`),
          time: i18n.timestamp(conflict.mutation.createdAt),
        })}
      </h2>
      <ul className="conflict-card__why">
        {explainConflict(conflict, i18n, placement).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <Comparison conflict={conflict} mine={mine} />
      {conflict.status === 'resubmitted' ? (
        <p className="muted">{t('sync.conflict.resubmitted')}</p>
      ) : (
        <Resolutions conflict={conflict} mine={mine} />
      )}
    </article>
  );
}

function Comparison({ conflict, mine }: { conflict: ConflictRecord; mine: StoredRecord | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const touched = Object.keys(conflict.mutation.patch);
  const rows = differences(mine, conflict.server, touched);
  const serverText = (value: unknown) => {
    if (conflict.server === null) return t('sync.compare.unknown');
    if (conflict.server.deleted === true) return t('sync.compare.deleted');
    return formatValue(value, i18n);
  };
  if (rows.length === 0) {
    if (mine !== undefined && conflict.server !== null)
      return <p className="muted">{t('sync.compare.same')}</p>;
    return null;
  }
  return (
    <table className="conflict-card__compare">
      <thead>
        <tr>
          <th scope="col">{t('sync.compare.field')}</th>
          <th scope="col">{t('sync.compare.mine')}</th>
          <th scope="col">{t('sync.compare.server')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{fieldLabel(row.field, i18n)}</th>
            <td>{mine === undefined ? t('sync.compare.deleted') : formatValue(row.mine, i18n)}</td>
            <td>{serverText(row.server)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Resolutions({ conflict, mine }: { conflict: ConflictRecord; mine: StoredRecord | undefined }) {
  const { t } = useI18n();
  const actions = useConflictActions(conflict);
  const isBooking = conflict.entity === 'bookings';
  const offerOption = isBooking && conflict.problem.code === 'overbooked' && mine?.status === 'confirmed';
  const serverKnown = conflict.server !== null || conflict.mutation.op === 'create';
  return (
    <div className="conflict-card__actions">
      <button
        type="button"
        className="button"
        disabled={!serverKnown}
        onClick={() => void actions.takeServer()}
      >
        {t('sync.resolve.server')}
      </button>
      {canResubmit(conflict, mine) && (
        <button type="button" className="button" onClick={() => void actions.reapply()}>
          {t('sync.resolve.mine')}
        </button>
      )}
      {isBooking && mine !== undefined && (
        <button type="button" className="button" onClick={() => void actions.edit()}>
          {t('sync.resolve.edit')}
        </button>
      )}
      {offerOption && typeof mine.startDate === 'string' && (
        <KeepAsOption startDate={mine.startDate} onKeep={(day) => void actions.keepOption(day)} />
      )}
    </div>
  );
}

/** The option's expiry (a week from today, not after the start) and the button keeping it. */
function KeepAsOption({ startDate, onKeep }: { startDate: string; onKeep: (day: string) => void }) {
  const { t } = useI18n();
  const [expiresOn, setExpiresOn] = useState(() => {
    const inAWeek = addDays(todayIn(new Date()), 7);
    return inAWeek < startDate ? inAWeek : startDate;
  });
  return (
    <div className="conflict-card__option">
      <DateField label={t('sync.resolve.optionUntil')} value={expiresOn} onChange={setExpiresOn} />
      <button type="button" className="button button--primary" onClick={() => onKeep(expiresOn)}>
        {t('sync.resolve.option')}
      </button>
    </div>
  );
}

/** How the user knows the record: a name, an IO number, or a booking's dates and placement. */
function recordName(record: Record<string, unknown>, i18n: I18n, placementName?: string): string {
  if (typeof record.name === 'string') return record.name;
  if (typeof record.number === 'string') return record.number;
  if (typeof record.startDate === 'string' && typeof record.endDate === 'string') {
    const range = i18n.dayRange(record.startDate, record.endDate);
    return placementName ? `${placementName}, ${range}` : range;
  }
  return '';
}
