// Types for kiosk-robot.mjs (a plain ESM module shared by the kiosk e2e test and the soak benchmarks).
import type { CDPSession, Page } from 'playwright-core';

export interface KioskConfig {
  warningMs: number;
  countdownMs: number;
  reloadEvery: number;
  pin: string;
}

/** What one soak sample holds (see sampleKiosk). */
export interface KioskSample {
  heap: number;
  /** Element objects script still holds, attached or detached, counted after a full collection. */
  elements: number;
  nodes: number;
  dialogs: number;
  openDialogs: number;
  textures: number;
  textureBytes: number;
  /** Keys in Phaser's texture manager, sorted (its own defaults aside). */
  textureKeys: string[];
  /** The picture on stage, '<scene>/<time>' ('' while one is prepared; null without a stage). */
  picture: string | null;
  visits: number;
}

export const NO_RELOAD_CONFIG: KioskConfig;
export const PAST_READING_MS: number;
export const PAST_COUNTDOWN_MS: number;
export function seededRandom(seed?: number): () => number;
export function kioskPhase(page: Page, value: string, timeout?: number): Promise<unknown>;
export function robotVisit(page: Page, random: () => number): Promise<boolean>;
export const ATTRACT_FIRST_PICTURE: string;
export function settleStage(page: Page, options?: { picture?: string; timeoutMs?: number }): Promise<boolean>;
export function sampleKiosk(page: Page, cdp: CDPSession): Promise<KioskSample>;
