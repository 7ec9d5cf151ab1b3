// Starts the one Phaser.Game behind the StageView contract (stage-view.ts imports this module dynamically, so
// Phaser and the art index live in their own chunk, fetched after the story text is on screen).

import * as Phaser from 'phaser';
import { layersFor, layersSignature } from './layers.ts';
import { ART_H, ART_W, artScaleFor } from './art-scale.ts';
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
  const load = Promise.all([document.fonts.load('13px "Libre Baskerville"'), document.fonts.load('italic 17px "Libre Baskerville"')]);
  await Promise.race([load.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1500))]);
}

export async function startStageGame(parent: HTMLElement, options: StageOptions): Promise<StageView> {
  const artScale = artScaleFor(parent.clientWidth || window.innerWidth, window.devicePixelRatio || 1);
  const scene = new StageScene();
  parent.dataset.stage = '';
  scene.configure({
    artScale,
    planLabels: options.planLabels,
    onBusy: () => {
      parent.dataset.stage = '';
    },
    onSettled: (layers, textures) => {
      parent.dataset.stage = `${layers.scene}/${layers.time}`;
      parent.dataset.stageTextures = String(textures); // SVG textures held: bounded by the budget (soak tests read it)
    },
  });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: ART_W * artScale,
    height: ART_H * artScale,
    backgroundColor: '#f3ead6',
    banner: false,
    audio: { noAudio: true }, // howler owns all sound
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false }, // the DOM owns input
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, powerPreference: 'low-power' },
    fps: { target: 60, limit: 30 }, // a quiet picture: 30 frames a second is plenty, and kinder to old Chromebooks
    disableContextMenu: false,
    scene: [scene],
  });
  try {
    await withTimeout(scene.ready, BOOT_TIMEOUT_MS);
  } catch (error) {
    game.destroy(true);
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
      game.destroy(true);
      delete parent.dataset.stage;
      delete parent.dataset.stageTextures;
    },
  };
}
