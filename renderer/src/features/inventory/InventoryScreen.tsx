/**
 * The publisher's inventory as a traffic manager sees it: Site > Section > Placement, in three
 * tabs. The open record is in the route (`#/inventory/<id>`, or `new`, `new-section`, `new-site`),
 * so a placement can be linked from the calendar and the browser's Back closes the form.
 */
import { useCallback, useState } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useTable } from '@renderer/store/hooks.ts';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';
import { Tabs } from '@renderer/ui/Tabs.tsx';
import { useConfirmDelete } from '@renderer/ui/useConfirmDelete.tsx';
import { PlacementForm } from './PlacementForm.tsx';
import { PlacementsTable } from './PlacementsTable.tsx';
import { SectionForm } from './SectionForm.tsx';
import { SectionsTable } from './SectionsTable.tsx';
import { SiteForm } from './SiteForm.tsx';
import { SitesTable } from './SitesTable.tsx';
import './inventory.css';

export const NEW_PLACEMENT = 'new';
export const NEW_SECTION = 'new-section';
export const NEW_SITE = 'new-site';

type InventoryTab = 'placements' | 'sections' | 'sites';

export function InventoryScreen({ openId }: { openId?: string }) {
  const { t } = useI18n();
  const sites = useTable('sites');
  const sections = useTable('sections');
  const placements = useTable('placements');
  const go = useNavigation((s) => s.go);
  const [tab, setTab] = useState<InventoryTab>('placements');
  const { requestDelete, dialog } = useConfirmDelete();

  const open = useCallback((id: string) => go('inventory', id), [go]);
  const close = useCallback(() => go('inventory'), [go]);
  const openRecord = useCallback((record: { id: string }) => open(record.id), [open]);
  const deletePlacement = useCallback((p: Placement) => requestDelete('placements', p), [requestDelete]);
  const deleteSection = useCallback((s: Section) => requestDelete('sections', s), [requestDelete]);
  const deleteSite = useCallback((s: Site) => requestDelete('sites', s), [requestDelete]);

  if (!sites || !sections || !placements) {
    return (
      <div className="screen" aria-busy="true">
        <h1>{t('inventory.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const editedPlacement = placements.find((p) => p.id === openId);
  const editedSection = sections.find((s) => s.id === openId);
  const editedSite = sites.find((s) => s.id === openId);
  const form =
    openId === NEW_PLACEMENT || editedPlacement ? (
      <PlacementForm
        key={openId}
        placement={editedPlacement}
        sites={sites}
        sections={sections}
        onClose={close}
        onDelete={editedPlacement && (() => requestDelete('placements', editedPlacement, close))}
      />
    ) : openId === NEW_SECTION || editedSection ? (
      <SectionForm
        key={openId}
        section={editedSection}
        sites={sites}
        onClose={close}
        onDelete={editedSection && (() => requestDelete('sections', editedSection, close))}
      />
    ) : openId === NEW_SITE || editedSite ? (
      <SiteForm
        key={openId}
        site={editedSite}
        onClose={close}
        onDelete={editedSite && (() => requestDelete('sites', editedSite, close))}
      />
    ) : null;

  const header = (
    <header className="screen__header">
      <h1>{t('inventory.title')}</h1>
      <span className="spacer" />
      {sites.length > 0 && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => open(NEW_SITE)}>
            {t('inventory.newSite')}
          </button>
          <button type="button" className="button" onClick={() => open(NEW_SECTION)}>
            {t('inventory.newSection')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={sections.length === 0}
            title={sections.length === 0 ? t('inventory.sections.empty.body') : undefined}
            onClick={() => open(NEW_PLACEMENT)}
          >
            {t('inventory.newPlacement')}
          </button>
        </div>
      )}
    </header>
  );

  if (sites.length === 0) {
    return (
      <div className="screen">
        {header}
        <EmptyState title={t('inventory.empty.title')} body={t('inventory.empty.body')}>
          <LoadDemoButton />
          <button type="button" className="button button--primary" onClick={() => open(NEW_SITE)}>
            {t('inventory.empty.createSite')}
          </button>
        </EmptyState>
        {form}
      </div>
    );
  }

  const noSections = (
    <EmptyState title={t('inventory.sections.empty.title')} body={t('inventory.sections.empty.body')}>
      <button type="button" className="button button--primary" onClick={() => open(NEW_SECTION)}>
        {t('inventory.sections.empty.create')}
      </button>
    </EmptyState>
  );

  return (
    <div className="screen">
      {header}
      <Tabs
        label={t('inventory.tabs')}
        value={tab}
        onChange={setTab}
        tabs={[
          { value: 'placements', label: t('inventory.tab.placements'), count: placements.length },
          { value: 'sections', label: t('inventory.tab.sections'), count: sections.length },
          { value: 'sites', label: t('inventory.tab.sites'), count: sites.length },
        ]}
      >
        {tab === 'placements' && (
          <PlacementsTable
            placements={placements}
            sites={sites}
            sections={sections}
            onOpen={openRecord}
            onDelete={deletePlacement}
            empty={
              sections.length === 0 ? (
                noSections
              ) : (
                <EmptyState
                  title={t('inventory.placements.empty.title')}
                  body={t('inventory.placements.empty.body')}
                >
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => open(NEW_PLACEMENT)}
                  >
                    {t('inventory.placements.empty.create')}
                  </button>
                </EmptyState>
              )
            }
          />
        )}
        {tab === 'sections' && (
          <SectionsTable
            sections={sections}
            sites={sites}
            placements={placements}
            onOpen={openRecord}
            onDelete={deleteSection}
            empty={noSections}
          />
        )}
        {tab === 'sites' && (
          <SitesTable
            sites={sites}
            sections={sections}
            placements={placements}
            onOpen={openRecord}
            onDelete={deleteSite}
          />
        )}
      </Tabs>
      {form}
      {dialog}
    </div>
  );
}
