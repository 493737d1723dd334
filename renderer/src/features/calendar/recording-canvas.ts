/**
 * For the painters' tests: a 2D context that records what is filled (with its colour and alpha)
 * and the text drawn (with its colour and font), and measures every character as 6 px wide.
 */
export interface RecordedFill {
  x: number;
  y: number;
  w: number;
  h: number;
  style: unknown;
  alpha: number;
}

export interface RecordedText {
  text: string;
  x: number;
  y: number;
  style: unknown;
  font: string;
}

export const RECORDED_CHAR_WIDTH = 6;

export function recordingContext() {
  const fills: RecordedFill[] = [];
  const texts: RecordedText[] = [];
  const ctx = {
    fillStyle: '' as unknown,
    globalAlpha: 1,
    font: '',
    textAlign: 'left',
    textBaseline: '',
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push({ x, y, w, h, style: this.fillStyle, alpha: this.globalAlpha });
    },
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, style: this.fillStyle, font: this.font });
    },
    measureText: (text: string) => ({ width: text.length * RECORDED_CHAR_WIDTH }) as TextMetrics,
    createPattern: () => ({ setTransform: () => undefined, hatch: true }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills, texts };
}
