/**
 * The print routes: one insertion order alone on a white page, no app around it, for the
 * browser's print dialog ("Save as PDF") and for the end-to-end tests' `page.pdf()`.
 *
 *   #/io/<ioId>                          an issued revision, from its snapshot
 *   #/io/preview/<campaignId>[/<fr|en>]  the campaign's next revision, prepared but not issued
 */
import { LOCALES, type Locale } from '@shared/domain/model.ts';

export type IoRoute =
  { kind: 'issued'; id: string } | { kind: 'preview'; campaignId: string; locale?: Locale };

export function parseIoRoute(hash: string): IoRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] !== 'io') return null;
  if (parts[1] === 'preview' && parts[2]) {
    const locale = LOCALES.find((l) => l === parts[3]);
    return locale
      ? { kind: 'preview', campaignId: parts[2], locale }
      : { kind: 'preview', campaignId: parts[2] };
  }
  if (parts[1] && parts[1] !== 'preview' && parts.length === 2) return { kind: 'issued', id: parts[1] };
  return null;
}

export function ioRouteHash(route: IoRoute): string {
  if (route.kind === 'issued') return `#/io/${encodeURIComponent(route.id)}`;
  const base = `#/io/preview/${encodeURIComponent(route.campaignId)}`;
  return route.locale ? `${base}/${route.locale}` : base;
}
