import { defineConfig } from '@playwright/test';
import { findChromium } from '../scripts/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 8790);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../.output/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../.output/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      // This machine has no outside network: keep Chromium from trying.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    locale: 'zh-CN',
  },
  webServer: {
    command: `npx tsx scripts/serve.ts`,
    cwd: '..',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
