// The one Phaser scene: it reconciles the picture to a StageLayers value. It loads the WebP rasters a picture needs
// (drawn at build time, tools/art/raster.mjs) and decodes them off the main thread before they become textures
// (decode-picture.ts: bitmaps for the Canvas renderer, decoded images for WebGL), and builds the new picture in a
// container while the canvas has dipped to paper (stage-fade.ts).
// It owns no story logic. Rules (pitfalls.md P1, P3): no RenderTexture/DynamicTexture and no read-back from the
// GPU; one picture exists at a time (the old one goes while nothing shows); decoded textures beyond those on screen
// are held within a byte and count budget (texture-budget.ts); every timer and tween belongs to one picture and
// dies with it; listeners are removed on shutdown. The camera covers whatever box the page gives the canvas,
// cropped around the scene's focal point (art-fit.ts).
// A still picture costs nothing: the game loop sleeps once nothing on the canvas changes and wakes for one frame
// when a new picture is built, the box is resized or a lost WebGL context is restored (loop-gate.ts). The
// long-running effects (the raid's flashes, the fire's glow) are compositor animations on a DOM layer over the
// canvas (effect-layer.ts), so they never wake it.

import * as Phaser from 'phaser';
import { artUrl, manifest } from './art-urls.ts';
import { ART_H, ART_W, coverView } from './art-fit.ts';
import { type DecodedPicture, decodeKindFor, decodePicture } from './decode-picture.ts';
import { type Effect, type EffectHost, fireGlow, raidFlashes } from './effect-layer.ts';
import type { StageFade } from './stage-fade.ts';
import { separateLabels } from './label-layout.ts';
import type { StageLayers } from './layers.ts';
import { pushLayer } from './layer-stack.ts';
import { LoopGate, type LoopState } from './loop-gate.ts';
import type { PlanLabels } from './plan-labels.ts';
import { OFF_SCREEN_BUDGET, texturesToEvict } from './texture-budget.ts';

const INSET_KEY = 'inset';

const INK = 0x1d1915;
const PAPER = 0xf3ead6;
const MOONLIGHT = 0x8e98b4; // the night plan's tint
// The night plan on the Canvas renderer, which cannot tint: the map at this opacity over a deep blue gives nearly
// what the tint gives on WebGL (paper 243,234,214 → 136,139,151 where the tint makes 135,140,151; ink lines come out
// navy rather than black).
const MOONLIT_ALPHA = 0.56;
const MOONLIT_UNDER = 0x001347;
const ACCENT = 0xa33b26;
const NIGHT_INK = 0x05070c;
const FIRE = 0xc8552e;

interface Picture {
  readonly layers: StageLayers;
  readonly container: Phaser.GameObjects.Container;
  /** The small plan, placed in the corner of the visible part of the picture (moves when the box is resized). */
  readonly inset: Phaser.GameObjects.Container | null;
  readonly textures: readonly string[];
  /** The picture's effect on the DOM layer over the canvas (flashes, glow), or null. */
  readonly effect: Effect | null;
}

export interface StageSceneOptions {
  /** Raster tier width to fetch, and the one to fall back to when that fails (the offline copy keeps it). */
  readonly tier: number;
  readonly fallbackTier: number;
  readonly planLabels: PlanLabels;
  readonly onSettled: (layers: StageLayers, textures: number) => void;
  readonly onBusy: () => void;
  /** Called whenever the number of pictures on the stage changes (read-only, for tests and the soak). */
  readonly onLayers: (count: number) => void;
  /** The DOM layer over the canvas that shows the long-running effects. */
  readonly effects: EffectHost;
  /** Fades the canvas and the effect layer to paper and back (scene changes). */
  readonly fade: StageFade;
  /** Called when the game loop falls asleep (a still picture) or wakes (read-only, for tests and the bench). */
  readonly onLoop: (state: LoopState) => void;
}

export class StageScene extends Phaser.Scene {
  private tier = 1280;
  private fallbackTier = 1280;
  /** The plan's words in the page's language (English from the manifest until configured). */
  private planLabels: Partial<PlanLabels> = {};
  /** Pictures on the stage, bottom to top; never more than MAX_LAYERS (layer-stack.ts). */
  private stack: Picture[] = [];
  private pending: StageLayers | null = null;
  private failed = new Set<string>();
  private loading = new Map<string, Promise<void>>();
  /** Decoded pictures by texture key, least recently used first (Map order). */
  private held = new Map<string, { picture: DecodedPicture; bytes: number }>();
  private warned = new Set<string>();
  private dead = false;
  private onSettled: (layers: StageLayers, textures: number) => void = () => undefined;
  private onBusy: () => void = () => undefined;
  private onLayers: (count: number) => void = () => undefined;
  private onLoop: (state: LoopState) => void = () => undefined;
  private effects: EffectHost | null = null;
  private fade: StageFade | null = null;
  /** A picture built and waiting for its first frame; it fades in once that frame is drawn. */
  private awaitingFrame: Picture | null = null;
  private readonly gate = new LoopGate();
  private readyResolve: (() => void) | null = null;
  readonly ready: Promise<void>;

  constructor() {
    super({ key: 'stage' });
    this.ready = new Promise((resolve) => {
      this.readyResolve = resolve;
    });
  }

  configure(options: StageSceneOptions): void {
    this.tier = options.tier;
    this.fallbackTier = options.fallbackTier;
    this.planLabels = options.planLabels;
    this.onSettled = options.onSettled;
    this.onBusy = options.onBusy;
    this.onLayers = options.onLayers;
    this.effects = options.effects;
    this.fade = options.fade;
    this.onLoop = options.onLoop;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PAPER);
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, this.wakeLoop, this); // redraw what was lost
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.shutdown, this); // game.destroy() may skip SHUTDOWN
    this.readyResolve?.();
  }

  /** Whether the game loop is running (a new picture, a resize) or asleep (a still picture). */
  loopState(): LoopState {
    return this.gate.current;
  }

  /** Something on the canvas changes: run the loop (a no-op when it already runs). An arrow, for on() and off(). */
  private readonly wakeLoop = (): void => {
    if (!this.gate.wake()) return;
    this.game.loop.resetDelta(); // the time asleep is not a frame
    this.game.loop.wake();
    this.onLoop('awake');
  };

  /** After each drawn frame: a new picture is on the canvas, so fade it in; sleep when nothing moves. */
  private readonly afterRender = (): void => {
    if (this.dead) return;
    const drawn = this.awaitingFrame;
    if (drawn !== null) {
      this.awaitingFrame = null;
      void this.reveal(drawn);
    }
    const busy = this.tweens.getTweens().length > 0; // none of ours today: kept so a future tween keeps it awake
    if (!this.gate.drawn(busy)) return;
    this.game.loop.sleep();
    this.onLoop('asleep');
  };

  /** Pictures on the stage now: one once the first is drawn. */
  layerCount(): number {
    return this.stack.length;
  }

  /** Show these layers (the caller has already checked they differ from what is shown). */
  present(layers: StageLayers): void {
    for (const name of layers.unknown)
      this.warnOnce(`unknown-${name}`, `[stage] no picture for security measure "${name}"`);
    this.pending = layers;
    this.onBusy();
    void this.prepare(layers);
  }

  /** Fade durations (a full fade; the dip is half out, half in): a first picture only fades in. */
  private fadeMs(layers: StageLayers): number {
    return layers.effect?.still === true ? 300 : 800;
  }

  /**
   * Fade to paper while the picture's files are fetched and decoded; build it only if it is still the newest one
   * asked for, once nothing shows.
   */
  private async prepare(layers: StageLayers): Promise<void> {
    const dark = this.fade?.hide(this.fadeMs(layers) / 2) ?? Promise.resolve();
    for (let attempt = 0; attempt < 2; attempt++) {
      await Promise.all(this.texturesFor(layers).map((key) => this.ensureTexture(key)));
      if (this.dead || this.pending !== layers) return; // superseded: the newer request builds
      if (this.texturesFor(layers).every((key) => this.textures.exists(key) || this.failed.has(key))) break;
    }
    await dark;
    if (this.dead || this.pending !== layers) return;
    this.pending = null;
    this.build(layers);
  }

  private ensureTexture(key: string): Promise<void> {
    if (this.textures.exists(key) || this.failed.has(key)) return Promise.resolve();
    const inFlight = this.loading.get(key);
    if (inFlight !== undefined) return inFlight;
    const job = this.decode(key)
      .then((picture) => {
        if (this.dead || this.textures.exists(key)) {
          picture.release();
          return;
        }
        // Phaser's TextureSource reads only the source's size (naturalWidth, else width), and its renderers hand the
        // source to drawImage() or texImage2D(), which take an ImageBitmap as they take an <img>; its types list
        // elements only.
        this.textures.addImage(key, picture.source as HTMLImageElement);
        this.held.set(key, { picture, bytes: picture.width * picture.height * 4 });
      })
      .catch((error: unknown) => {
        this.failed.add(key);
        this.warnOnce(key, `[stage] could not load picture "${key}": showing plain paper (${String(error)})`);
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, job);
    return job;
  }

  /**
   * The raster at this screen's tier, else the offline tier, decoded before it is used, off the main thread, in the
   * form this renderer draws without decoding it again (decode-picture.ts).
   */
  private async decode(key: string): Promise<DecodedPicture> {
    // Offline, only the offline tier is kept (the service worker's precache): do not ask for the others.
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    const tiers = offline ? [this.fallbackTier] : [this.tier, this.fallbackTier];
    const urls = tiers.map((tier) => artUrl(key, tier)).filter((u): u is string => u !== undefined);
    if (urls.length === 0) throw new Error('no such picture');
    const kind = decodeKindFor(this.game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl');
    let lastError: unknown = null;
    for (const url of [...new Set(urls)]) {
      try {
        return await decodePicture(url, kind);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  private texturesFor(layers: StageLayers): string[] {
    const keys = [layers.base, ...layers.overlays];
    if (layers.marker !== null) keys.push(INSET_KEY);
    return keys;
  }

  private warnOnce(id: string, message: string): void {
    if (this.warned.has(id)) return;
    this.warned.add(id);
    console.warn(message);
  }

  // ------------------------------------------------------------------ fitting the box

  /** The focal point of the picture on top (or the middle): what a crop keeps in sight. */
  private focus(): readonly [number, number] {
    const top = this.stack[this.stack.length - 1];
    return (top && manifest.scenes[top.layers.scene]?.focus) ?? [ART_W / 2, ART_H / 2];
  }

  /** Cover the canvas with the picture around its focal point; keep each small plan in the visible corner. */
  /** An arrow (bound once), so the same function can be handed to Phaser's on() and off(). */
  private readonly fitCamera = (): void => {
    this.wakeLoop(); // a resized canvas is cleared: it needs a frame
    const { width, height } = this.scale.gameSize;
    const camera = this.cameras.main;
    camera.setSize(width, height);
    const view = coverView(width, height, this.focus());
    camera.setZoom(view.zoom).centerOn(view.centerX, view.centerY);
    for (const picture of this.stack) this.placeInset(picture, view.visible);
    this.effects?.place(view.visible);
  };

  private placeInset(picture: Picture, visible: { x: number; y: number; width: number; height: number }): void {
    if (picture.inset === null) return;
    // The inset keeps its size relative to the visible part, so a phone's tight crop does not make it huge.
    const scale = Math.min(1, visible.width / ART_W / 0.6);
    picture.inset.setScale(scale).setPosition(visible.x + visible.width - (176 + 18) * scale, visible.y + 10 * scale);
  }

  // ------------------------------------------------------------------ building a picture

  private build(layers: StageLayers): void {
    const container = this.add.container(0, 0);
    const night = layers.time === 'night';
    let effect: Effect | null = null;
    if (this.textures.exists(layers.base)) {
      container.add(this.add.image(0, 0, layers.base).setOrigin(0).setDisplaySize(ART_W, ART_H));
    } else {
      container.add(this.add.rectangle(0, 0, ART_W, ART_H, night ? 0x1b2338 : PAPER).setOrigin(0));
    }
    const boxes = manifest.scenes[layers.scene]?.overlays ?? {};
    layers.measures.forEach((measure, i) => {
      const key = layers.overlays[i] as string;
      const box = boxes[measure];
      if (box === undefined || !this.textures.exists(key)) return;
      container.add(this.add.image(box[0], box[1], key).setOrigin(0).setDisplaySize(box[2], box[3]));
    });
    if (layers.scene === 'plan') this.addPlanLabels(container, night);
    if (layers.effect !== null) {
      effect = layers.effect.id === 'raid_flashes' ? this.addRaid(container, layers) : this.addFire(container, layers);
    }
    const inset = layers.marker === null ? null : this.addInset(layers.marker, night);
    if (inset !== null) container.add(inset);
    this.swap({ layers, container, inset, effect, textures: this.texturesFor(layers) });
  }

  private addPlanLabels(container: Phaser.GameObjects.Container, night: boolean): void {
    const colour = night ? '#e6d9b4' : '#1d1915';
    const stroke = night ? '#141c31' : '#f4ead5';
    // Phaser measures a text's font when the text is made; all labels share two faces, so each face is measured
    // once per plan and its metrics handed to the other labels (the same numbers, without 16 more measurements).
    const measured = new Map<boolean, Phaser.Types.GameObjects.Text.TextMetrics>();
    const texts = manifest.plan.labels.map((label) => {
      const small = label.size === 'small';
      const words = (this.planLabels as Readonly<Record<string, string | undefined>>)[label.id] ?? label.text;
      const metrics = measured.get(small);
      const text = this.add
        .text(label.x, label.y, words, {
          fontFamily: '"Libre Baskerville", Georgia, "Times New Roman", serif',
          fontSize: small ? '13px' : '17px',
          fontStyle: small ? 'normal' : 'italic',
          color: colour,
          stroke,
          strokeThickness: 4,
          ...(metrics === undefined ? {} : { metrics }),
        })
        .setOrigin(label.align === 'left' ? 0 : 0.5, 0.5)
        .setResolution(Math.min(3, Math.max(1, this.cameras.main.zoom)));
      if (metrics === undefined) measured.set(small, text.style.getTextMetrics());
      return { label, text };
    });
    // Longer words (another language, a fallback font) must not run into the next room's name.
    const placed = separateLabels(
      texts.map(({ label, text }) => ({
        id: label.id,
        cx: label.align === 'left' ? label.x + text.width / 2 : label.x,
        cy: label.y,
        width: text.width - 4, // the stroke's outer 2 px on each side may touch
        height: text.height - 4,
      })),
    );
    texts.forEach(({ text }, i) => {
      text.setY(placed[i]?.cy ?? text.y);
      container.add(text);
    });
  }

  /**
   * The small plan, with the player's place ringed in the accent colour: its own container, drawn at the origin
   * and placed in the top-right corner of the visible part of the picture (placeInset), however it is cropped.
   */
  private addInset(marker: string, night: boolean): Phaser.GameObjects.Container {
    const w = 176;
    const h = 99;
    const inset = this.add.container(0, 0);
    inset.add(this.add.rectangle(-4, -4, w + 8, h + 8, night ? 0x0b1020 : INK).setOrigin(0));
    if (this.textures.exists(INSET_KEY)) {
      // A paper map by moonlight. The Canvas renderer ignores tints, and a multiplied rectangle drew opaque there
      // (it hid the map), so on canvas the map is see-through over a deep blue laid under it instead.
      const canTint = this.game.renderer.type === Phaser.WEBGL;
      if (night && !canTint) inset.add(this.add.rectangle(0, 0, w, h, MOONLIT_UNDER).setOrigin(0));
      const map = this.add.image(0, 0, INSET_KEY).setOrigin(0).setDisplaySize(w, h);
      inset.add(map);
      if (night) {
        if (canTint) map.setTint(MOONLIGHT);
        else map.setAlpha(MOONLIT_ALPHA);
      }
    } else inset.add(this.add.rectangle(0, 0, w, h, PAPER).setOrigin(0));
    const at = manifest.plan.markers[marker];
    if (at === undefined) return inset;
    const mx = (at[0] / ART_W) * w;
    const my = (at[1] / ART_H) * h;
    const ring = this.add.graphics();
    ring.lineStyle(3, ACCENT, 1).strokeCircle(mx, my, 9);
    ring.fillStyle(ACCENT, 1).fillCircle(mx, my, 3.5);
    inset.add(ring);
    return inset;
  }

  /** The night of 24 May: darkness drawn here; the bursts at the windows are on the effect layer (still when reduced). */
  private addRaid(container: Phaser.GameObjects.Container, layers: StageLayers): Effect | null {
    container.add(this.add.rectangle(0, 0, ART_W, ART_H, NIGHT_INK, 0.55).setOrigin(0));
    const points = manifest.scenes[layers.scene]?.flash ?? [[ART_W / 2, ART_H / 2]];
    const plane = this.effects?.plane;
    return plane === undefined ? null : raidFlashes(plane, points, layers.effect?.still ?? false);
  }

  /** Fire in Seva's room: flames drawn here, still; their slow breathing light is on the effect layer. */
  private addFire(container: Phaser.GameObjects.Container, layers: StageLayers): Effect | null {
    container.add(this.add.rectangle(0, 0, ART_W, ART_H, NIGHT_INK, 0.35).setOrigin(0));
    const [fx, fy] = manifest.scenes[layers.scene]?.fire ?? [ART_W / 2, ART_H / 2];
    const glow = this.add.graphics({ x: fx, y: fy });
    // light spilling round the fire: three soft steps, then cut-paper flames in the accent and a pale core
    glow.fillStyle(FIRE, 0.12).fillEllipse(0, 30, 340, 300);
    glow.fillStyle(FIRE, 0.16).fillEllipse(0, 40, 220, 200);
    glow.fillStyle(FIRE, 0.22).fillEllipse(0, 50, 130, 120);
    glow.fillStyle(FIRE, 0.95).fillPoints(flamePoints(46, 90, 5), true);
    glow.fillStyle(0xf0c060, 0.95).fillPoints(flamePoints(24, 52, 3), true);
    glow.setAlpha(0.85);
    container.add(glow);
    const plane = this.effects?.plane;
    return plane === undefined ? null : fireGlow(plane, [fx, fy], layers.effect?.still ?? false);
  }

  // ------------------------------------------------------------------ picture swap and texture budget

  /** Nothing shows now: the old picture goes, the new one is drawn in the loop's next frame (then reveal()). */
  private swap(next: Picture): void {
    const change = pushLayer(this.stack, next, 1);
    for (const old of change.retire) this.retire(old);
    this.stack = [...change.keep];
    this.onLayers(this.stack.length);
    this.fitCamera(); // the new scene's focal point
    this.awaitingFrame = next;
    this.wakeLoop();
  }

  /** The new picture is on the canvas: fade it in; once fully shown (and still the newest), it has settled. */
  private async reveal(next: Picture): Promise<void> {
    const shown = (await this.fade?.show(this.fadeMs(next.layers) / 2)) ?? true;
    if (!shown || this.dead || this.pending !== null || this.stack[0] !== next) return; // a newer picture took over
    this.touch(next.textures);
    this.onSettled(next.layers, this.textureCount());
  }

  private retire(picture: Picture): void {
    picture.effect?.destroy();
    this.tweens.killTweensOf(picture.container);
    picture.container.destroy(true);
  }

  /** Mark textures as recently used and drop the oldest off-screen ones beyond the byte budget. */
  private touch(keys: readonly string[]): void {
    for (const key of keys) {
      const entry = this.held.get(key);
      if (entry === undefined) continue;
      this.held.delete(key);
      this.held.set(key, entry); // Map order is use order
    }
    const onScreen = new Set(this.stack.flatMap((p) => p.textures));
    const pending = new Set(this.pending === null ? [] : this.texturesFor(this.pending));
    const list = [...this.held].map(([key, { bytes }]) => ({ key, bytes }));
    for (const key of texturesToEvict(list, onScreen, OFF_SCREEN_BUDGET, new Set([INSET_KEY, ...pending]))) {
      if (this.textures.exists(key)) this.textures.remove(key);
      this.held.get(key)?.picture.release(); // after the texture: nothing draws it any more
      this.held.delete(key);
    }
  }

  /** How many decoded textures are held (for the soak test and the tools). */
  textureCount(): number {
    return this.held.size;
  }

  /** The keys in Phaser's texture manager (without its own __DEFAULT, __MISSING, __WHITE), sorted. */
  textureKeys(): string[] {
    return this.textures.getTextureKeys().sort();
  }

  /** Bytes of decoded pictures held (width × height × 4 each). */
  textureBytes(): number {
    let sum = 0;
    for (const { bytes } of this.held.values()) sum += bytes;
    return sum;
  }

  /** An arrow (bound once), so the same function can be handed to Phaser's once() and off(). */
  private readonly shutdown = (): void => {
    this.dead = true;
    this.events.off(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.off(Phaser.Scenes.Events.DESTROY, this.shutdown, this);
    // on game.destroy() the scene's systems may already be gone: release what is still there
    this.scale?.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.game?.events?.off(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    this.game?.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.wakeLoop, this);
    for (const picture of this.stack) {
      try {
        this.retire(picture);
      } catch {
        // already torn down with the game
      }
    }
    this.stack = [];
    this.pending = null;
    for (const { picture } of this.held.values()) picture.release();
    this.held.clear();
  };
}

/** A row of flame tongues standing on y = 0 (carved, pointed: a print's flames, not a photograph's). */
function flamePoints(halfWidth: number, height: number, tongues: number): Phaser.Math.Vector2[] {
  const pts = [new Phaser.Math.Vector2(-halfWidth, 60)];
  for (let i = 0; i < tongues; i++) {
    const x0 = -halfWidth + (i / tongues) * halfWidth * 2;
    const x1 = -halfWidth + ((i + 1) / tongues) * halfWidth * 2;
    const tall = height * (0.6 + 0.4 * Math.sin(((i + 0.5) / tongues) * Math.PI));
    pts.push(
      new Phaser.Math.Vector2((x0 + x1) / 2 + (i % 2 ? 4 : -4), 60 - tall),
      new Phaser.Math.Vector2(x1, 60 - tall * 0.35),
    );
  }
  pts.push(new Phaser.Math.Vector2(halfWidth, 60));
  return pts;
}
