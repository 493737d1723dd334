/**
 * Fits bar labels into their bars, cut with an ellipsis as CSS would. Measuring text is the dear
 * part of drawing it, and a label keeps its width while the grid scrolls: each label is measured
 * once per width, then served from memory.
 */
export interface FittedLabel {
  text: string;
  /** Its painted width in px. */
  width: number;
}

type Measure = Pick<CanvasRenderingContext2D, 'measureText'>;

const ELLIPSIS = '…';
/** Labels remembered before starting afresh (a zoom change makes every width new). */
const MAX_REMEMBERED = 20_000;

export class LabelFitter {
  private readonly fitted = new Map<string, FittedLabel | null>();

  /** `font`: the CSS font the labels are drawn in; the fitter measures in it. */
  constructor(readonly font: string) {}

  /** `text` as it fits in `maxWidth` px (whole, or cut with an ellipsis); null when nothing fits. */
  fit(ctx: Measure, text: string, maxWidth: number): FittedLabel | null {
    const width = Math.floor(maxWidth);
    if (width <= 0 || text === '') return null;
    const key = `${width}\u0000${text}`;
    const known = this.fitted.get(key);
    if (known !== undefined) return known;
    if (this.fitted.size >= MAX_REMEMBERED) this.fitted.clear();
    const label = fitText(ctx, text, width);
    this.fitted.set(key, label);
    return label;
  }
}

function fitText(ctx: Measure, text: string, width: number): FittedLabel | null {
  const whole = ctx.measureText(text).width;
  if (whole <= width) return { text, width: whole };
  // The longest start of the text that still fits with its ellipsis (binary search on length).
  let best: FittedLabel | null = null;
  let lo = 1;
  let hi = text.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${text.slice(0, mid).trimEnd()}${ELLIPSIS}`;
    const measured = ctx.measureText(candidate).width;
    if (measured <= width) {
      best = { text: candidate, width: measured };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
