/**
 * Printing in a plain browser, which cannot make a PDF by itself: the insertion order's HTML goes
 * into an off-screen frame and the browser's print dialog opens on it, where the user picks
 * "Save as PDF". The frame holds exactly what Electron prints (renderIoHtml), and its title is
 * the file name the browser suggests.
 */

/** How long the frame stays after `print()` returned (some browsers print asynchronously). */
const REMOVE_AFTER_MS = 60_000;

export function printHtmlInFrame(html: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.dataset.ioPrintFrame = '';
    // Laid out at A4 width but out of sight: a frame with no size may print nothing.
    Object.assign(frame.style, {
      position: 'fixed',
      left: '-10000px',
      top: '0',
      width: '210mm',
      height: '297mm',
      border: '0',
    });
    const remove = () => frame.remove();
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          remove();
          reject(new Error('the print frame has no window'));
          return;
        }
        view.addEventListener('afterprint', () => setTimeout(remove, 1000), { once: true });
        setTimeout(remove, REMOVE_AFTER_MS);
        try {
          view.focus();
          view.print();
          resolve();
        } catch (error) {
          remove();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}
