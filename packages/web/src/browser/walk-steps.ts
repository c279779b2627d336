// Steps the browser walks share: languages, moving inside the app, waiting for things to show.
import type { Page } from 'playwright-core';

export const PASSWORD = 'Qalam-Str0ng-Passw0rd-for-walks';

/** A datetime-local value some days from now (the form reads it in the case's zone; days of margin absorb that). */
export const wallTime = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

export const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });

export async function toRussian(page: Page): Promise<void> {
  await page.getByLabel('Language').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
}

export async function toEnglish(page: Page): Promise<void> {
  await page.getByLabel('Язык').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** Goes to an address inside the app without reloading it, as a click on a link would. */
export async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname + url.search === path);
}
