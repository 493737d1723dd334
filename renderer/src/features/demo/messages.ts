import { defineMessages } from '@renderer/i18n/define.ts';

export const demoMessages = defineMessages({
  en: {
    'demo.loaded': 'Demo data loaded: {placements} placements, {bookings} bookings.',
    'demo.loading': 'Loading the demo inventory…',
    'demo.failed': 'The demo data could not be loaded: {message}',
    'demo.alreadyLoaded': 'The demo data is already loaded.',
  },
  fr: {
    'demo.loaded': 'Données de démonstration chargées : {placements} emplacements, {bookings} réservations.',
    'demo.loading': 'Chargement de l’inventaire de démonstration…',
    'demo.failed': 'Les données de démonstration n’ont pas pu être chargées : {message}',
    'demo.alreadyLoaded': 'Les données de démonstration sont déjà chargées.',
  },
});
