/**
 * The insertion order as one self-contained HTML page: what Electron's hidden print window loads
 * (scripts off, no network: inline styles and a data: logo only), what the browser prints from
 * a frame, and what the benchmark prints. Same component, same stylesheet as the print route.
 * The screens load it on demand (`loadRenderer`): React's server renderer is not needed to start.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { IoDocument } from '@shared/io/types.ts';
import { IoDocumentView } from './IoDocumentView.tsx';
import { ioPageTitle } from './pdf-options.ts';

export { IO_PDF_OPTIONS, ioPageTitle } from './pdf-options.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderIoHtml(document: IoDocument, options: { draft?: boolean } = {}): string {
  const body = renderToStaticMarkup(<IoDocumentView document={document} draft={options.draft ?? false} />);
  return (
    `<!doctype html><html lang="${document.locale}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(ioPageTitle(document))}</title></head><body>${body}</body></html>`
  );
}
