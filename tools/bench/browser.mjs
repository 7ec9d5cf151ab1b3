// The benchmark's browser: headless Debian Chromium through playwright-core, quiet flags, and CDP throttling.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
  '--enable-precise-memory-info',
];

export const launchBench = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

/**
 * The throttled profile of the issue's second target (pitfalls §9.3): 4× slower CPU, 1.6 Mbit/s both ways and
 * 100 ms round trip (DevTools' Network.emulateNetworkConditions; latency is added per request).
 */
export const SLOW = { cpuRate: 4, latencyMs: 100, downBytesPerSecond: 1_600_000 / 8, upBytesPerSecond: 1_600_000 / 8 };

/** A fresh context (cold cache, empty storage) and page, throttled when `slow` is set. */
export async function freshPage(
  browser,
  { slow = false, viewport = { width: 1280, height: 800 }, initScripts = [] } = {},
) {
  const context = await browser.newContext({ viewport });
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slow) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.latencyMs,
      downloadThroughput: SLOW.downBytesPerSecond,
      uploadThroughput: SLOW.upBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpuRate });
  }
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, errors };
}

/**
 * Waits until `expression` (evaluated in the page's own world) is truthy, polling every `every` ms over CDP.
 * Playwright's waitForFunction injects its own script into the page (tens of milliseconds of main-thread work on this
 * machine) at the moment it is first called; during a cold load that lands inside what is being measured, at a
 * different point for each page. A CDP evaluate adds no script to the page.
 */
export async function waitInPage(cdp, expression, { timeout = 120_000, every = 25 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (!exceptionDetails && result.value) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
