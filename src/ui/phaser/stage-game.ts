// Starts the one Phaser.Game behind the StageView contract (stage-view.ts imports this module dynamically, so
// Phaser and the art index live in their own chunk, fetched after the story text is on screen).

import * as Phaser from 'phaser';
import { layersFor, layersSignature } from './layers.ts';
import { ART_TIERS } from './art-urls.ts';
import { backingSize, tierFor } from './art-fit.ts';
import { createEffectHost } from './effect-layer.ts';
import { probeGpu } from './gpu-probe.ts';
import { chooseRenderer, rendererOverride } from './renderer-choice.ts';
import { StageFade } from './stage-fade.ts';
import { StageScene } from './stage-scene.ts';
import type { StageOptions, StageView } from './stage-view.ts';

/** If Phaser has not drawn its first frame by then, give up on pictures for this page (the story is all text). */
const BOOT_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Phaser did not start within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function waitForFonts(): Promise<void> {
  if (typeof document === 'undefined' || document.fonts === undefined) return;
  const load = Promise.all([
    document.fonts.load('13px "Libre Baskerville"'),
    document.fonts.load('italic 17px "Libre Baskerville"'),
  ]);
  await Promise.race([load.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1500))]);
}

/**
 * Lets the page run (input, a frame) before the next step of starting the stage. Each step is long on a slow
 * machine (evaluating Phaser, which makes a WebGL context to test for it; our own probe's context; booting the
 * game): done in one task, they held the page for 50–130 ms after the first text (issue 18). A timeout, not a
 * microtask: only a new task lets the browser handle a tap in between.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The tier the offline copy keeps (tools/art/raster.mjs OFFLINE_TIER): the fallback when another tier fails. */
const OFFLINE_TIER = 1280;

/** The parent's CSS box (the page's layout decides it; the canvas only follows). */
function boxOf(parent: HTMLElement): { width: number; height: number } {
  return { width: parent.clientWidth || window.innerWidth, height: parent.clientHeight || window.innerHeight };
}

export async function startStageGame(parent: HTMLElement, options: StageOptions): Promise<StageView> {
  await nextTask(); // this module (and Phaser) has just been evaluated, in the task that imported it
  const dpr = (): number => window.devicePixelRatio || 1;
  const box = boxOf(parent);
  // One tier for the page's life: the largest box it is likely to get is the one it has now (kiosk, desktop).
  const tier = tierFor(box.width, box.height, dpr(), ART_TIERS);
  const scene = new StageScene();
  parent.dataset.stage = '';
  const effects = createEffectHost(parent); // positioned, so it paints over the canvas Phaser appends after it
  parent.dataset.stageTier = String(tier);
  const first = backingSize(box.width, box.height, dpr());
  // Software WebGL costs a synchronous read-back per drawn frame: draw with the Canvas renderer instead
  // (renderer-choice.ts). 'webgl' starts Phaser.AUTO, which still falls back to canvas if WebGL fails.
  const choice = chooseRenderer(probeGpu(), rendererOverride(window.location.search));
  await nextTask();
  const game = new Phaser.Game({
    type: choice === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: first.width,
    height: first.height,
    backgroundColor: '#f3ead6',
    banner: false,
    audio: { noAudio: true }, // howler owns all sound
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false }, // the DOM owns input
    // The canvas follows its box (below); CSS shows it at 100 % of #stage, its backing store is box × pixel ratio.
    scale: { mode: Phaser.Scale.NONE },
    render: { antialias: true, powerPreference: 'low-power' },
    fps: { target: 60, limit: 30 }, // a quiet picture: 30 frames a second is plenty, and kinder to old Chromebooks
    disableContextMenu: false,
    scene: [scene],
  });
  // Phaser boots synchronously once the document is loaded (its canvas exists now); the scene's create() waits for
  // its default textures, so the scene is configured before it can draw.
  const fade = new StageFade([game.canvas, effects.element]);
  scene.configure({
    tier,
    fallbackTier: OFFLINE_TIER,
    planLabels: options.planLabels,
    onBusy: () => {
      parent.dataset.stage = '';
    },
    onSettled: (layers, textures) => {
      parent.dataset.stage = `${layers.scene}/${layers.time}`;
      parent.dataset.stageTextures = String(textures); // decoded textures held: bounded by the budget (soak tests)
      parent.dataset.stageTextureBytes = String(scene.textureBytes());
      // Every key in Phaser's texture manager (its own defaults aside), so a soak sees what is held and why.
      parent.dataset.stageTextureKeys = scene.textureKeys().join(' ');
    },
    onLayers: (count) => {
      parent.dataset.stageLayers = String(count); // pictures on the stage now: one at a time (e2e reads it)
    },
    effects,
    fade,
    onLoop: (state) => {
      parent.dataset.stageLoop = state; // 'asleep' while the picture is still (e2e and the bench read it)
    },
  });
  // Scale.RESIZE's job, with the pixel ratio: whatever size the page gives #stage, the canvas backing follows it.
  let lastSize = `${first.width}x${first.height}`;
  const observer = new ResizeObserver(() => {
    const now = boxOf(parent);
    const size = backingSize(now.width, now.height, dpr());
    const key = `${size.width}x${size.height}`;
    if (key === lastSize) return;
    lastSize = key;
    game.scale.resize(size.width, size.height);
  });
  observer.observe(parent);
  try {
    await withTimeout(scene.ready, BOOT_TIMEOUT_MS);
  } catch (error) {
    observer.disconnect();
    game.destroy(true);
    effects.destroy();
    delete parent.dataset.stage;
    throw error;
  }
  await waitForFonts(); // the plan's labels use the page's book face; never wait long for it
  game.canvas.setAttribute('aria-hidden', 'true');
  game.canvas.setAttribute('role', 'presentation');
  game.canvas.tabIndex = -1;
  const renderer: 'webgl' | 'canvas' = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';

  let shownSignature = '';
  let destroyed = false;
  return {
    renderer,
    show(stage, options) {
      if (destroyed) return;
      try {
        const layers = layersFor(stage, options);
        const signature = layersSignature(layers);
        if (signature === shownSignature) return;
        shownSignature = signature;
        scene.present(layers);
      } catch (error) {
        console.warn('[stage] could not show the picture; the story goes on', error);
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      game.destroy(true);
      effects.destroy();
      delete parent.dataset.stage;
      delete parent.dataset.stageLoop;
      delete parent.dataset.stageTextures;
      delete parent.dataset.stageTextureBytes;
      delete parent.dataset.stageTextureKeys;
      delete parent.dataset.stageLayers;
      delete parent.dataset.stageTier;
    },
  };
}
