import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** console errors and uncaught page errors, minus known browser noise */
  readonly errors: string[];
  /** every URL the page requested */
  readonly requests: string[];
}

/** Noise from the browser itself, not from the game (stack-notes §7). */
const NOISE = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/];

/**
 * A fresh context and page. Service workers are blocked unless a test asks for them: a worker's own fetches pass by
 * Playwright's request routing, which the fault tests rely on (the offline copy has its own suite).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    reducedMotion?: boolean;
    viewport?: { width: number; height: number };
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !NOISE.some((n) => n.test(message.text()))) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

/** A throwaway profile folder, for tests that need a persistent context (storage across reloads). */
export function freshProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'avenida-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
