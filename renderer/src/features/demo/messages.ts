import { defineMessages } from '@renderer/i18n/define.ts';

export const demoMessages = defineMessages({
  en: {
    'demo.loaded': 'Demo data loaded: {placements} placements, {bookings} bookings.',
    'demo.loading': 'Loading the demo inventory…',
    'demo.loadingLarge':
      'Loading the large data set: 2,000 placements and 50,000 bookings. This takes a while…',
    'demo.failed': 'The demo data could not be loaded: {message}',
    'demo.alreadyLoaded': 'The demo data is already loaded.',
  },
  fr: {
    'demo.loaded': 'Données de démonstration chargées : {placements} emplacements, {bookings} réservations.',
    'demo.loading': 'Chargement de l’inventaire de démonstration…',
    'demo.loadingLarge':
      'Chargement du grand jeu de données : 2 000 emplacements et 50 000 réservations. Cela prend un moment…',
    'demo.failed': 'Les données de démonstration n’ont pas pu être chargées : {message}',
    'demo.alreadyLoaded': 'Les données de démonstration sont déjà chargées.',
  },
});
