// `npm test`: type check, lint, data validation, vitest, then the builds and Playwright against them.
// Every step runs even when an earlier one fails, so one run shows everything; the last line is
// the total "N passed, N failed" across vitest and Playwright (a failed gate counts as one failure).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBrowser } from './lib/ensure-browser.ts';

interface Tally {
  passed: number;
  failed: number;
}

const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function step(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) failures.push(`${label} (exit ${status})`);
  return status === 0;
}

function gate(label: string, command: string, args: string[]): void {
  if (!step(label, command, args)) tally.failed += 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

mkdirSync('.output', { recursive: true });
// Each runtime alone: the engine without DOM or Node types, the faces without Node types, then everything.
gate('type check: engine', 'npx', ['tsc', '-p', 'data/engine/tsconfig.json']);
gate('type check: faces', 'npx', ['tsc', '-p', 'tsconfig.faces.json']);
gate('type check: all', 'npx', ['tsc', '-p', 'tsconfig.json']);
gate('lint', 'npx', ['biome', 'check', '.']);
// Unused files, dependencies and exports (knip.json says what is an entry point).
gate('dead code', 'npx', ['knip', '--include', 'files,dependencies,unlisted,binaries,unresolved']);
gate('data validation', 'npx', ['tsx', 'scripts/cli.ts', 'validate']);

rmSync('.output/vitest.json', { force: true });
step('unit tests', 'npx', [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.output/vitest.json',
]);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number; success: boolean }>(
  '.output/vitest.json',
);
if (vitest) {
  tally.passed += vitest.numPassedTests;
  tally.failed += vitest.numFailedTests + (vitest.success || vitest.numFailedTests > 0 ? 0 : 1);
} else tally.failed += 1;

// `package` is the build plus the store archives, and fails when Mozilla's add-on linter reports an error
// on the Firefox build; the browser tests then check the archives' manifests.
const built =
  step('build and package', 'npm', ['run', '-s', 'package']) &&
  step('e2e build', 'npm', ['run', '-s', 'build:e2e']);
if (built) {
  const chromium = ensureBrowser();
  rmSync('.output/playwright.json', { force: true });
  step('browser tests', 'npx', ['playwright', 'test', '--config', 'test/playwright.config.ts'], {
    CHROMIUM_PATH: chromium,
  });
  const pw = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
    '.output/playwright.json',
  );
  if (pw) {
    tally.passed += pw.stats.expected;
    tally.failed += pw.stats.unexpected + pw.stats.flaky;
  } else tally.failed += 1;
} else tally.failed += 1;

const summary = `${tally.passed} passed, ${tally.failed} failed`;
writeFileSync('.output/test-summary.txt', `${summary}\n`);
if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\n${summary}`);
process.exitCode = failures.length || tally.failed ? 1 : 0;
