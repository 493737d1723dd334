import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Playwright's own Chromium where it is installed (a laptop), Debian's otherwise (CI). */
export function chromiumExecutable(): string | undefined {
  return existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
}
