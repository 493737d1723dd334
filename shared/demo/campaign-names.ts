/** The demo's campaign themes (with the months they fit) and the notes on campaigns and bookings. */
/** Campaign themes and the months (1–12) they fit; empty = any month. */
export const CAMPAIGN_THEMES: readonly (readonly [theme: string, months: readonly number[]])[] = [
  ['Galette des rois', [1]],
  ['Soldes d’hiver', [1, 2]],
  ['Saint-Valentin', [2]],
  ['Lancement printemps', [3, 4]],
  ['Fête des mères', [5]],
  ['Fête des pères', [6]],
  ['Soldes d’été', [6, 7]],
  ['Vacances d’été', [7, 8]],
  ['Rentrée', [8, 9]],
  ['Salon de l’auto', [10]],
  ['Black Friday', [11]],
  ['Fêtes de fin d’année', [11, 12]],
  ['Notoriété', []],
  ['Nouvelle gamme', []],
  ['Portes ouvertes', []],
  ['Offre de bienvenue', []],
  ['Opération locale', []],
  ['Lancement application', []],
  ['Marque employeur', []],
  ['Journées anniversaire', []],
];

export const CAMPAIGN_NOTES = [
  'Bon de commande signé par le client.',
  'Relancer l’agence pour les visuels définitifs.',
  'Budget à confirmer par la direction marketing.',
  'IO à envoyer au service achats.',
  'Créations attendues 5 jours ouvrés avant le démarrage.',
  'Bilan de campagne demandé en fin d’opération.',
];

export const BOOKING_NOTES = [
  'Ciblage Île-de-France.',
  'Créations fournies par l’agence.',
  'Capping 3 par jour et par utilisateur.',
  'Exclusivité sectorielle demandée.',
  'Lien de tracking à recevoir.',
  'Éviter le week-end si possible.',
  'Renouvellement de l’opération précédente.',
];
