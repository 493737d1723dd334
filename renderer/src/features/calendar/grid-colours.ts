/**
 * The style sheet's colours (styles.css, calendar.css) that the grid's canvases paint with: a
 * painter cannot read CSS variables on every frame, so they are named once here.
 */
/** `--surface`: the grid's background. The canvases are opaque, so the compositor draws them without blending. */
export const SURFACE = '#ffffff';
/** `--border`. */
export const BORDER = '#dde1e7';
/** `--text`. */
export const TEXT = '#1d2330';
/** `--text-muted`. */
export const MUTED = '#5d6677';
/** Site and section rows. */
export const GROUP_BG = '#f6f7f9';
/** The line under each row. */
export const ROW_LINE = '#e3e6eb';
