/**
 * Reading what a PDF says, page by page, with pdf.js (its legacy build runs in Node): the words a
 * reader sees, for the end-to-end tests of the printed insertion orders.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** One string per page: its text items in order, whitespace collapsed to single spaces. */
  pages: string[];
}

/** Every kind of space (Intl puts narrow no-break spaces in French numbers) as one plain space. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Without any space: how a phrase is found whatever the PDF's text runs and line breaks did to it. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, '');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const words = content.items.map((item) => ('str' in item ? item.str : ''));
      pages.push(normalizeSpaces(words.join(' ')));
      page.cleanup();
    }
    return { pages };
  } finally {
    await document.destroy();
  }
}

/** Whether a page's text says "page i / n" (and not "page i / n0"). */
export function hasPageNumber(text: string, index: number, total: number): boolean {
  return new RegExp(`page ${index} / ${total}(?!\\d)`).test(text);
}

/**
 * Opens a print route in a new tab of the same browser context (same IndexedDB), waits until the
 * insertion order is laid out, and prints it the way the desktop app does.
 */
export async function printRoute(page: Page, hash: string): Promise<{ pdf: Uint8Array; errors: string[] }> {
  const tab = await page.context().newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.goto(`/${hash}`);
    await tab.locator('[data-io-ready="true"]').waitFor();
    // The options of IO_PDF_OPTIONS (renderer/src/features/insertion-orders/pdf-options.ts), in Playwright's words.
    const pdf = await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
    return { pdf, errors };
  } finally {
    await tab.close();
  }
}

/** "€126,749.83" (as the English screens show money) → 12674983 cents. */
export function centsOf(english: string): number {
  const digits = english.replace(/[^\d.-]/g, '');
  return Math.round(Number(digits) * 100);
}

/** Cents as a French page prints them: "126 749,83 €". */
export function frenchMoney(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency }).format(cents / 100);
}
