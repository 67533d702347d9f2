// Page object for <discretion-search>: locators pierce its open shadow root, so tests speak in roles.
import { expect, type Locator, type Page, type Request } from '@playwright/test';

export class WidgetPage {
  readonly host: Locator;
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly status: Locator;
  readonly details: Locator;
  readonly alert: Locator;

  constructor(
    readonly page: Page,
    host?: Locator,
  ) {
    this.host = host ?? page.locator('discretion-search').first();
    this.input = this.host.getByRole('combobox');
    this.listbox = this.host.getByRole('listbox');
    this.options = this.listbox.getByRole('option');
    this.status = this.host.getByRole('status');
    this.details = this.host.locator('section.details');
    this.alert = this.host.getByRole('alert');
  }

  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await expect(this.listbox).toBeVisible();
  }

  /** Searches and opens the first result of the given kind whose title contains `title`. */
  async open(query: string, title?: string | RegExp): Promise<string> {
    await this.search(query);
    const option = title ? this.options.filter({ hasText: title }).first() : this.options.first();
    const text = (await option.locator('.option-title').textContent()) ?? '';
    await option.click();
    await expect(this.details.getByRole('heading', { level: 2 })).toHaveText(text);
    return text;
  }

  /** Waits for Preact's rerender after an input event: two animation frames. */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
  }
}

/** Collects console errors, page errors and every request of a page. */
export function watch(page: Page): { errors: string[]; requests: Request[]; paths: () => string[] } {
  const errors: string[] = [];
  const requests: Request[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r));
  return { errors, requests, paths: () => requests.map((r) => new URL(r.url()).pathname) };
}
