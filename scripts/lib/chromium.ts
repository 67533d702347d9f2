// Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own build.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
