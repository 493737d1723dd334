/**
 * Benchmark only: imported first by `sync-edits.ts`, before any schema is made. Evaluated through
 * DevTools, a bundled copy of zod judges `new Function` allowed, which the page's CSP then refuses:
 * no compiled parsers for that copy (the app's own copy finds out by itself).
 */
import { config } from 'zod';

config({ jitless: true });
