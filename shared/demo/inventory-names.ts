/**
 * The demo publisher's inventory: its kinds of site, flagship sites, patterns for more site names,
 * and the placements a section may hold, with their formats, volumes and rate ranges.
 * Every name here is invented; any resemblance to a real company is a coincidence.
 */
import type { Format } from '../domain/model.ts';

export type SiteKind = 'news' | 'sport' | 'lifestyle' | 'tech';

export interface SiteKindSpec {
  /** Section names, most important first; the first is always the home page. */
  sections: readonly string[];
  /** Audience by weekday in percent, Monday first. */
  weekdayProfile: readonly number[];
  /** Forecast on a public holiday, as a share of the base forecast. */
  holidayFactor: number;
  /** Weight of the kind when drawing extra sites. */
  weight: number;
}

export const SITE_KINDS: Record<SiteKind, SiteKindSpec> = {
  news: {
    sections: [
      'Accueil',
      'Actualités',
      'Politique',
      'Économie',
      'Sport',
      'Culture',
      'International',
      'Société',
      'Régions',
      'Faits divers',
      'Météo',
      'Opinions',
    ],
    weekdayProfile: [104, 108, 106, 105, 100, 78, 72],
    holidayFactor: 0.72,
    weight: 45,
  },
  sport: {
    sections: [
      'Accueil',
      'Football',
      'Rugby',
      'Tennis',
      'Cyclisme',
      'Basket',
      'Formule 1',
      'Résultats',
      'Handball',
      'Golf',
    ],
    weekdayProfile: [98, 90, 94, 93, 100, 118, 127],
    holidayFactor: 1.05,
    weight: 15,
  },
  lifestyle: {
    sections: [
      'Accueil',
      'Recettes',
      'Décoration',
      'Jardin',
      'Bien-être',
      'Vins',
      'Voyages',
      'Mode',
      'Beauté',
      'Famille',
    ],
    weekdayProfile: [90, 92, 94, 97, 100, 124, 131],
    holidayFactor: 1.3,
    weight: 30,
  },
  tech: {
    sections: [
      'Accueil',
      'Smartphones',
      'Informatique',
      'Jeux vidéo',
      'Tests',
      'Sciences',
      'Économie numérique',
      'Auto & mobilité',
      'Bons plans',
    ],
    weekdayProfile: [106, 109, 107, 105, 97, 76, 70],
    holidayFactor: 0.75,
    weight: 10,
  },
};

export interface NamedSite {
  name: string;
  kind: SiteKind;
  /** Relative audience: 1 ≈ 800,000 home-page banner impressions a day. */
  audience: number;
}

/** The publisher's flagship sites, always generated first. */
export const FEATURED_SITES: readonly NamedSite[] = [
  { name: 'Le Quotidien du Midi', kind: 'news', audience: 1 },
  { name: 'Sport Matin', kind: 'sport', audience: 0.6 },
  { name: 'Maison & Saveurs', kind: 'lifestyle', audience: 0.4 },
  { name: 'Tech Hebdo', kind: 'tech', audience: 0.25 },
];

/** Patterns for extra site names; `{c}` is a city, `{s}` a sport, `{a}`/`{b}` lifestyle themes, `{x}` a tech word. */
export const SITE_NAME_PATTERNS: Record<SiteKind, readonly string[]> = {
  news: [
    'Le Courrier de {c}',
    'L’Écho de {c}',
    'La Gazette de {c}',
    'Le Journal de {c}',
    '{c} Matin',
    'Le Progrès de {c}',
    'La Voix de {c}',
    'Le Réveil de {c}',
    'Les Nouvelles de {c}',
    '{c} Infos',
  ],
  sport: ['{s} Magazine', 'Planète {s}', '{s} Actu', '{s} Passion', '{s} Hebdo'],
  lifestyle: ['{a} & {b}', '{a} Magazine', 'Esprit {a}'],
  tech: ['Tech {x}', 'Numérique {x}', 'Digital {x}', 'Geek {x}'],
};
export const SPORTS = [
  'Football',
  'Rugby',
  'Tennis',
  'Vélo',
  'Basket',
  'Golf',
  'Voile',
  'Running',
  'Ski',
  'Handball',
];
export const LIFESTYLE_THEMES = [
  'Maison',
  'Cuisine',
  'Jardin',
  'Mode',
  'Beauté',
  'Voyages',
  'Famille',
  'Santé',
  'Déco',
  'Saveurs',
  'Bien-être',
  'Vins',
];
export const TECH_WORDS = ['Hebdo', 'Mag', 'Actu', 'Pro', 'Labs', 'Insider', 'Matin', 'Plus', 'Soir', 'Lab'];

export interface PlacementTemplate {
  label: string;
  formats: readonly Format[];
  /** Slots per day for slot placements; absent for impression placements. */
  slots?: readonly [min: number, max: number];
  /** Impressions a day, as a share of the section's page views (impression placements). */
  volumeFactor?: number;
  /** Rate card ranges in euros. */
  cpm?: readonly [min: number, max: number];
  cpc?: readonly [min: number, max: number];
  /** Probability the rate card also has a CPC rate. */
  cpcChance?: number;
  cpd?: readonly [min: number, max: number];
  /** Flat rate as a multiple of the CPD (a week-long package sold at a discount). */
  flatDays?: number;
  /** How likely a section gets this placement: on the home page, elsewhere. */
  homeWeight: number;
  sectionWeight: number;
  /** How much advertisers ask for it. */
  demand: number;
}

export const PLACEMENT_TEMPLATES: readonly PlacementTemplate[] = [
  {
    label: 'Habillage',
    formats: ['skin'],
    slots: [1, 1],
    cpd: [4_000, 12_000],
    flatDays: 5,
    homeWeight: 100,
    sectionWeight: 3,
    demand: 3,
  },
  {
    label: 'Grand angle 300×600',
    formats: ['half_page_300x600', 'rectangle_300x250'],
    volumeFactor: 0.55,
    cpm: [12, 25],
    cpcChance: 0.2,
    cpc: [0.5, 1.5],
    homeWeight: 60,
    sectionWeight: 5,
    demand: 2,
  },
  {
    label: 'Bannière haute 728×90',
    formats: ['leaderboard_728x90', 'billboard_970x250'],
    volumeFactor: 0.8,
    cpm: [8, 18],
    cpcChance: 0.2,
    cpc: [0.3, 1],
    homeWeight: 50,
    sectionWeight: 9,
    demand: 2,
  },
  {
    label: 'Pavé 300×250',
    formats: ['rectangle_300x250'],
    volumeFactor: 0.9,
    cpm: [5, 15],
    cpcChance: 0.3,
    cpc: [0.3, 0.9],
    homeWeight: 40,
    sectionWeight: 8,
    demand: 1.5,
  },
  {
    label: 'Interstitiel',
    formats: ['interstitial'],
    slots: [1, 1],
    cpd: [1_500, 6_000],
    flatDays: 5,
    homeWeight: 30,
    sectionWeight: 1.5,
    demand: 1.5,
  },
  {
    label: 'Mobile 320×50',
    formats: ['mobile_320x50'],
    volumeFactor: 1.1,
    cpm: [5, 10],
    cpcChance: 0.3,
    cpc: [0.2, 0.6],
    homeWeight: 30,
    sectionWeight: 6,
    demand: 1.2,
  },
  {
    label: 'Native',
    formats: ['native'],
    volumeFactor: 0.45,
    cpm: [15, 30],
    cpcChance: 0.8,
    cpc: [0.4, 1.5],
    homeWeight: 20,
    sectionWeight: 4,
    demand: 1,
  },
  {
    label: 'Méga bannière 970×250',
    formats: ['billboard_970x250'],
    volumeFactor: 0.6,
    cpm: [15, 30],
    homeWeight: 15,
    sectionWeight: 2,
    demand: 1.2,
  },
  {
    label: 'Pré-roll vidéo',
    formats: ['video'],
    volumeFactor: 0.2,
    cpm: [20, 35],
    homeWeight: 12,
    sectionWeight: 3,
    demand: 1,
  },
  {
    label: 'Pavé 300×250 bas',
    formats: ['rectangle_300x250'],
    volumeFactor: 0.6,
    cpm: [5, 10],
    homeWeight: 8,
    sectionWeight: 4,
    demand: 0.7,
  },
  {
    label: 'Parrainage de rubrique',
    formats: ['native', 'rectangle_300x250'],
    slots: [1, 1],
    cpd: [1_500, 5_000],
    flatDays: 6,
    homeWeight: 3,
    sectionWeight: 3,
    demand: 0.8,
  },
  {
    label: 'Carrousel partenaires',
    formats: ['rectangle_300x250', 'native'],
    slots: [2, 4],
    cpd: [1_500, 3_000],
    flatDays: 5,
    homeWeight: 5,
    sectionWeight: 1,
    demand: 0.8,
  },
];
