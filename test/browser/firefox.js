// The interop sample in headless Firefox (Debian's `firefox-esr`, driven over WebDriver BiDi by
// puppeteer-core: Playwright only drives its own patched Firefox builds). puppeteer-core stays on
// 24.x in package.json: 25 needs Node >= 22.12, the runtime supports Node >= 20.
import { openSample, timeZone } from './sample-page.js';

export const executablePath = '/usr/bin/firefox-esr';
export const debianPackage = 'firefox-esr';

export function openSampleBrowser(buildDir) {
  return openSample(buildDir, async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    // Puppeteer makes a fresh profile and removes it on close; TZ sets the zone for the whole
    // browser before any page exists (Chromium gets it from Playwright's timezoneId).
    return puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      env: { ...process.env, TZ: timeZone },
    });
  });
}
