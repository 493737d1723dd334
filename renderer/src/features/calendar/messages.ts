import { defineMessages } from '@renderer/i18n/define.ts';

export const calendarMessages = defineMessages({
  en: {
    'calendar.title': 'Occupancy calendar',
    'calendar.comingSoon':
      'The placement × day grid arrives next. Meanwhile, plan bookings from the Bookings screen.',
  },
  fr: {
    'calendar.title': 'Planning d’occupation',
    'calendar.comingSoon':
      'La grille emplacements × jours arrive bientôt. En attendant, planifiez depuis l’écran Réservations.',
  },
});
