// The interop sample in headless Chromium (Debian's `chromium`, driven by playwright-core, which
// bench/crossings/ uses too); shared by test/browser/sample.test.js and bench/sample/run.mjs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSample, timeZone } from './sample-page.js';

export const executablePath = '/usr/bin/chromium';
export const debianPackage = 'chromium';
export const hasChromium = existsSync(executablePath);

export function openSampleBrowser(buildDir) {
  return openSample(buildDir, launchChromium);
}

// Headless Chromium with an empty profile: { newPage(), close() } (Playwright pages); also todo-page.js's.
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  // A new, empty user-data-dir (Playwright passes it as --user-data-dir), removed on close.
  const userDataDir = mkdtempSync(join(tmpdir(), 'jsinterop-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    timezoneId: timeZone,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
