/**
 * Who buys: advertisers (annonceurs) and the agencies buying for them, in two tabs. The open
 * record is in the route (`#/advertisers/<id>`, or `new` for an advertiser, `new-agency`).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Advertiser, Agency } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useTable } from '@renderer/store/hooks.ts';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';
import { Tabs } from '@renderer/ui/Tabs.tsx';
import { useConfirmDelete } from '@renderer/ui/useConfirmDelete.tsx';
import { PartiesTable } from './PartiesTable.tsx';
import { PartyForm } from './PartyForm.tsx';
import type { PartyKind } from './party-draft.ts';

export const NEW_ADVERTISER = 'new';
export const NEW_AGENCY = 'new-agency';

export function AdvertisersScreen({ openId }: { openId?: string }) {
  const { t } = useI18n();
  const advertisers = useTable('advertisers');
  const agencies = useTable('agencies');
  const campaigns = useTable('campaigns');
  const sites = useTable('sites');
  const go = useNavigation((s) => s.go);
  const [tab, setTab] = useState<PartyKind>('advertisers');
  const { requestDelete, dialog } = useConfirmDelete();

  const open = useCallback((id: string) => go('advertisers', id), [go]);
  const close = useCallback(() => go('advertisers'), [go]);
  const openParty = useCallback((party: { id: string }) => open(party.id), [open]);
  const deleteAdvertiser = useCallback(
    (p: Advertiser | Agency) => requestDelete('advertisers', p),
    [requestDelete],
  );
  const deleteAgency = useCallback((p: Advertiser | Agency) => requestDelete('agencies', p), [requestDelete]);

  const counts = useMemo(() => {
    const byAdvertiser = new Map<string, number>();
    const byAgency = new Map<string, number>();
    for (const c of campaigns ?? []) {
      byAdvertiser.set(c.advertiserId, (byAdvertiser.get(c.advertiserId) ?? 0) + 1);
      if (c.agencyId !== null) byAgency.set(c.agencyId, (byAgency.get(c.agencyId) ?? 0) + 1);
    }
    return { byAdvertiser, byAgency };
  }, [campaigns]);

  if (!advertisers || !agencies || !campaigns || !sites) {
    return (
      <div className="screen" aria-busy="true">
        <h1>{t('advertisers.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const editedAdvertiser = advertisers.find((a) => a.id === openId);
  const editedAgency = agencies.find((a) => a.id === openId);
  const form =
    openId === NEW_ADVERTISER || editedAdvertiser ? (
      <PartyForm
        key={openId}
        kind="advertisers"
        party={editedAdvertiser}
        onClose={close}
        onDelete={editedAdvertiser && (() => requestDelete('advertisers', editedAdvertiser, close))}
      />
    ) : openId === NEW_AGENCY || editedAgency ? (
      <PartyForm
        key={openId}
        kind="agencies"
        party={editedAgency}
        onClose={close}
        onDelete={editedAgency && (() => requestDelete('agencies', editedAgency, close))}
      />
    ) : null;

  // The demo is offered only on an empty planner: it is a whole sales house, not a few buyers.
  const nothingYet = advertisers.length === 0 && agencies.length === 0;
  const offerDemo = nothingYet && sites.length === 0;

  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('advertisers.title')}</h1>
        <span className="spacer" />
        {!nothingYet && (
          <div className="button-row">
            <button
              type="button"
              className={`button ${tab === 'agencies' ? 'button--primary' : ''}`}
              onClick={() => open(NEW_AGENCY)}
            >
              {t('advertisers.newAgency')}
            </button>
            <button
              type="button"
              className={`button ${tab === 'advertisers' ? 'button--primary' : ''}`}
              onClick={() => open(NEW_ADVERTISER)}
            >
              {t('advertisers.newAdvertiser')}
            </button>
          </div>
        )}
      </header>
      {nothingYet ? (
        <EmptyState title={t('advertisers.empty.title')} body={t('advertisers.empty.body')}>
          {offerDemo && <LoadDemoButton />}
          <button type="button" className="button button--primary" onClick={() => open(NEW_ADVERTISER)}>
            {t('advertisers.empty.create')}
          </button>
          <button type="button" className="button" onClick={() => open(NEW_AGENCY)}>
            {t('advertisers.agencies.empty.create')}
          </button>
        </EmptyState>
      ) : (
        <Tabs
          label={t('advertisers.tabs')}
          value={tab}
          onChange={setTab}
          tabs={[
            { value: 'advertisers', label: t('advertisers.tab.advertisers'), count: advertisers.length },
            { value: 'agencies', label: t('advertisers.tab.agencies'), count: agencies.length },
          ]}
        >
          {tab === 'advertisers' ? (
            <PartiesTable
              key="advertisers"
              kind="advertisers"
              parties={advertisers}
              campaignCounts={counts.byAdvertiser}
              onOpen={openParty}
              onDelete={deleteAdvertiser}
              empty={
                <EmptyState title={t('advertisers.empty.title')} body={t('advertisers.empty.body')}>
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => open(NEW_ADVERTISER)}
                  >
                    {t('advertisers.empty.create')}
                  </button>
                </EmptyState>
              }
            />
          ) : (
            <PartiesTable
              key="agencies"
              kind="agencies"
              parties={agencies}
              campaignCounts={counts.byAgency}
              onOpen={openParty}
              onDelete={deleteAgency}
              empty={
                <EmptyState
                  title={t('advertisers.agencies.empty.title')}
                  body={t('advertisers.agencies.empty.body')}
                >
                  <button type="button" className="button button--primary" onClick={() => open(NEW_AGENCY)}>
                    {t('advertisers.agencies.empty.create')}
                  </button>
                </EmptyState>
              }
            />
          )}
        </Tabs>
      )}
      {form}
      {dialog}
    </div>
  );
}
