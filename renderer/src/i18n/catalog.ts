/** Every message of the app, merged from the common words and each feature's own messages. */
import type { ValidationCode } from '@shared/domain/issues.ts';
import type { Locale } from '@shared/domain/model.ts';
import { advertisersMessages } from '@renderer/features/advertisers/messages.ts';
import { bookingsMessages } from '@renderer/features/bookings/messages.ts';
import { calendarMenuMessages } from '@renderer/features/calendar/menu-messages.ts';
import { calendarMessages } from '@renderer/features/calendar/messages.ts';
import { calendarToolbarMessages } from '@renderer/features/calendar/toolbar-messages.ts';
import { campaignsMessages } from '@renderer/features/campaigns/messages.ts';
import { demoMessages } from '@renderer/features/demo/messages.ts';
import { insertionOrdersMessages } from '@renderer/features/insertion-orders/messages.ts';
import { inventoryMessages } from '@renderer/features/inventory/messages.ts';
import { settingsMessages } from '@renderer/features/settings/messages.ts';
import { syncMessages } from '@renderer/features/sync/messages.ts';
import { commonMessages } from './common-messages.ts';

const en = {
  ...commonMessages.en,
  ...calendarMessages.en,
  ...calendarToolbarMessages.en,
  ...calendarMenuMessages.en,
  ...demoMessages.en,
  ...inventoryMessages.en,
  ...advertisersMessages.en,
  ...campaignsMessages.en,
  ...bookingsMessages.en,
  ...settingsMessages.en,
  ...insertionOrdersMessages.en,
  ...syncMessages.en,
};
export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  ...commonMessages.fr,
  ...calendarMessages.fr,
  ...calendarToolbarMessages.fr,
  ...calendarMenuMessages.fr,
  ...demoMessages.fr,
  ...inventoryMessages.fr,
  ...advertisersMessages.fr,
  ...campaignsMessages.fr,
  ...bookingsMessages.fr,
  ...settingsMessages.fr,
  ...insertionOrdersMessages.fr,
  ...syncMessages.fr,
};

// Every validation code the domain can report has a message: adding a code without one fails here.
const _everyCodeTranslated: Record<`validation.${ValidationCode}`, string> = en;

export const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fr };
