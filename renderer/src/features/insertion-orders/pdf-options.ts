/** How insertion orders are printed and named; kept apart from render-html.tsx, which screens load on demand. */
import type { PdfOptions } from '@shared/ipc/contract.ts';
import { ioFileName } from '@shared/io/numbering.ts';
import type { IoDocument } from '@shared/io/types.ts';
import type { renderIoHtml } from './render-html.tsx';

/**
 * How every insertion order is printed (Electron's printToPDF, Playwright's page.pdf): the page
 * size and margins come from the document's own `@page` rule, backgrounds are printed, and no
 * header or footer template is added (the margin boxes carry the page numbers).
 */
export const IO_PDF_OPTIONS = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  generateTaggedPDF: true,
} as const satisfies PdfOptions;

/** The title of the page: the file name the browser suggests when it saves it as PDF. */
export function ioPageTitle(document: IoDocument): string {
  return ioFileName(document).replace(/\.pdf$/, '');
}

/** The HTML renderer, loaded the first time a screen needs it. */
export function loadRenderer(): Promise<{ renderIoHtml: typeof renderIoHtml }> {
  return import('./render-html.tsx');
}
