// The one Phaser scene: it reconciles the picture to a StageLayers value. It loads the SVGs a picture needs on
// demand, builds the new picture in a container and crossfades it over the old one. It owns no story logic.
// Resource rules (pitfalls.md P1, P3): no RenderTexture/DynamicTexture at all; old picture containers are
// destroyed (their SVG textures stay cached, least recently used ones beyond a small budget are removed); every
// timer and tween belongs to one picture and dies with it; listeners are removed on shutdown.

import * as Phaser from 'phaser';
import { artUrl, manifest } from './art-urls.ts';
import { FLASH_FADE_MS, FLASH_RISE_MS, flashStep } from './flash-timing.ts';
import type { StageLayers } from './layers.ts';
import type { PlanLabels } from './plan-labels.ts';
import { ART_H, ART_W } from './art-scale.ts';

const INSET_KEY = 'inset';
/** SVG textures kept beyond the ones on screen: enough for back-and-forth between a few places, small for old Chromebooks. */
const TEXTURE_BUDGET = 8;

const INK = 0x1d1915;
const PAPER = 0xf3ead6;
const ACCENT = 0xa33b26;
const NIGHT_INK = 0x05070c;
const FIRE = 0xc8552e;

interface Picture {
  readonly layers: StageLayers;
  readonly container: Phaser.GameObjects.Container;
  readonly cleanup: (() => void)[];
  readonly textures: readonly string[];
}

export class StageScene extends Phaser.Scene {
  /** Rasterisation scale: SVGs are drawn at 960×540×scale so they stay sharp on big kiosk screens. */
  private artScale = 1;
  /** The plan's words in the page's language (English from the manifest until configured). */
  private planLabels: Partial<PlanLabels> = {};
  private current: Picture | null = null;
  private outgoing: Picture[] = [];
  private pending: StageLayers | null = null;
  private failed = new Set<string>();
  private recent: string[] = [];
  private warned = new Set<string>();
  private onSettled: (layers: StageLayers, textures: number) => void = () => undefined;
  private onBusy: () => void = () => undefined;
  private readyResolve: (() => void) | null = null;
  readonly ready: Promise<void>;

  constructor() {
    super({ key: 'stage' });
    this.ready = new Promise((resolve) => {
      this.readyResolve = resolve;
    });
  }

  configure(options: { artScale: number; planLabels: PlanLabels; onSettled: (layers: StageLayers, textures: number) => void; onBusy: () => void }): void {
    this.artScale = options.artScale;
    this.planLabels = options.planLabels;
    this.onSettled = options.onSettled;
    this.onBusy = options.onBusy;
  }

  create(): void {
    this.cameras.main.setZoom(this.artScale).centerOn(ART_W / 2, ART_H / 2);
    this.cameras.main.setBackgroundColor(PAPER);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, this.onLoadError, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.shutdown, this); // game.destroy() may skip SHUTDOWN
    this.readyResolve?.();
  }

  /** Show these layers (the caller has already checked they differ from what is shown). */
  present(layers: StageLayers): void {
    for (const name of layers.unknown) this.warnOnce(`unknown-${name}`, `[stage] no picture for security measure "${name}"`);
    this.pending = layers;
    this.onBusy();
    this.pump();
  }

  private pump(): void {
    const layers = this.pending;
    if (layers === null) return;
    if (this.load.isLoading()) return; // the 'complete' handler pumps again
    const missing = this.texturesFor(layers).filter((key) => !this.textures.exists(key) && !this.failed.has(key));
    let queued = 0;
    for (const key of missing) {
      const url = artUrl(key);
      if (url === undefined) {
        this.failed.add(key);
        this.warnOnce(key, `[stage] missing picture "${key}": showing plain paper`);
        continue;
      }
      const size = this.rasterSize(key);
      this.load.svg(key, url, { width: size[0], height: size[1] });
      queued++;
    }
    if (queued > 0) {
      this.load.once(Phaser.Loader.Events.COMPLETE, () => this.pump());
      this.load.start();
      return;
    }
    this.pending = null;
    this.build(layers);
  }

  private texturesFor(layers: StageLayers): string[] {
    const keys = [layers.base, ...layers.overlays];
    if (layers.marker !== null) keys.push(INSET_KEY);
    return keys;
  }

  private rasterSize(key: string): [number, number] {
    const s = this.artScale;
    if (key === INSET_KEY) return [Math.round(240 * s), Math.round(135 * s)];
    const sep = key.indexOf('__');
    if (sep < 0) return [Math.round(ART_W * s), Math.round(ART_H * s)];
    const scene = key.slice(0, sep);
    const measure = key.slice(sep + 2, key.lastIndexOf('-'));
    const box = manifest.scenes[scene]?.overlays[measure];
    return box === undefined ? [64, 64] : [Math.max(1, Math.round(box[2] * s)), Math.max(1, Math.round(box[3] * s))];
  }

  /** An arrow (bound once), so the same function can be handed to Phaser's on() and off(). */
  private readonly onLoadError = (file: Phaser.Loader.File): void => {
    this.failed.add(file.key);
    this.warnOnce(file.key, `[stage] could not load picture "${file.key}": showing plain paper`);
  };

  private warnOnce(id: string, message: string): void {
    if (this.warned.has(id)) return;
    this.warned.add(id);
    console.warn(message);
  }

  // ------------------------------------------------------------------ building a picture

  private build(layers: StageLayers): void {
    const container = this.add.container(0, 0);
    const cleanup: (() => void)[] = [];
    const night = layers.time === 'night';
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
      if (layers.effect.id === 'raid_flashes') this.addRaid(container, layers, cleanup);
      else this.addFire(container, layers, cleanup);
    }
    if (layers.marker !== null) this.addInset(container, layers.marker, night);
    this.crossfade({ layers, container, cleanup, textures: this.texturesFor(layers) });
  }

  private addPlanLabels(container: Phaser.GameObjects.Container, night: boolean): void {
    const colour = night ? '#e6d9b4' : '#1d1915';
    const stroke = night ? '#141c31' : '#f4ead5';
    for (const label of manifest.plan.labels) {
      const small = label.size === 'small';
      const text = this.add
        .text(label.x, label.y, (this.planLabels as Readonly<Record<string, string | undefined>>)[label.id] ?? label.text, {
          fontFamily: '"Libre Baskerville", Georgia, "Times New Roman", serif',
          fontSize: small ? '13px' : '17px',
          fontStyle: small ? 'normal' : 'italic',
          color: colour,
          stroke,
          strokeThickness: 4,
        })
        .setOrigin(label.align === 'left' ? 0 : 0.5, 0.5)
        .setResolution(this.artScale);
      container.add(text);
    }
  }

  /** The small plan in the top-right corner, with the player's place ringed in the accent colour. */
  private addInset(container: Phaser.GameObjects.Container, marker: string, night: boolean): void {
    const w = 176;
    const h = 99;
    const x = ART_W - w - 14;
    const y = 14;
    const card = this.add.rectangle(x - 4, y - 4, w + 8, h + 8, night ? 0x0b1020 : INK).setOrigin(0);
    container.add(card);
    if (this.textures.exists(INSET_KEY)) {
      const map = this.add.image(x, y, INSET_KEY).setOrigin(0).setDisplaySize(w, h);
      if (night) map.setTint(0x8e98b4); // a paper map by moonlight
      container.add(map);
    }
    else container.add(this.add.rectangle(x, y, w, h, PAPER).setOrigin(0));
    const at = manifest.plan.markers[marker];
    if (at === undefined) return;
    const mx = x + (at[0] / ART_W) * w;
    const my = y + (at[1] / ART_H) * h;
    const ring = this.add.graphics();
    ring.lineStyle(3, ACCENT, 1).strokeCircle(mx, my, 9);
    ring.fillStyle(ACCENT, 1).fillCircle(mx, my, 3.5);
    container.add(ring);
  }

  /** The night of 24 May: darkness, and bursts at the windows (a still picture when motion is reduced). */
  private addRaid(container: Phaser.GameObjects.Container, layers: StageLayers, cleanup: (() => void)[]): void {
    container.add(this.add.rectangle(0, 0, ART_W, ART_H, NIGHT_INK, 0.55).setOrigin(0));
    const points = manifest.scenes[layers.scene]?.flash ?? [[ART_W / 2, ART_H / 2]];
    const bursts = points.map(([px, py]) => {
      const g = this.add.graphics({ x: px, y: py });
      drawBurst(g);
      container.add(g);
      return g;
    });
    if (layers.effect?.still) {
      // reduced motion: every burst shown at once, dimmed, frozen: a print of the moment, not an animation
      bursts.forEach((g) => g.setAlpha(0.75));
      return;
    }
    bursts.forEach((g) => g.setAlpha(0));
    let n = 0;
    let timer: Phaser.Time.TimerEvent | null = null;
    const next = (): void => {
      const step = flashStep(n++, bursts.length);
      timer = this.time.delayedCall(step.delayMs, () => {
        const g = bursts[step.point];
        if (g !== undefined) {
          this.tweens.chain({
            targets: g,
            tweens: [
              { alpha: 1, duration: FLASH_RISE_MS, ease: 'Linear' },
              { alpha: 0, duration: FLASH_FADE_MS, ease: 'Quad.easeOut' },
            ],
          });
        }
        next();
      });
    };
    next();
    cleanup.push(() => {
      timer?.remove(false);
      bursts.forEach((g) => this.tweens.killTweensOf(g));
    });
  }

  /** Fire in Seva's room: a slow breathing glow (no flicker), or a steady glow when motion is reduced. */
  private addFire(container: Phaser.GameObjects.Container, layers: StageLayers, cleanup: (() => void)[]): void {
    container.add(this.add.rectangle(0, 0, ART_W, ART_H, NIGHT_INK, 0.35).setOrigin(0));
    const [fx, fy] = manifest.scenes[layers.scene]?.fire ?? [ART_W / 2, ART_H / 2];
    const glow = this.add.graphics({ x: fx, y: fy });
    // light spilling round the fire: three soft steps, then cut-paper flames in the accent and a pale core
    glow.fillStyle(FIRE, 0.12).fillEllipse(0, 30, 340, 300);
    glow.fillStyle(FIRE, 0.16).fillEllipse(0, 40, 220, 200);
    glow.fillStyle(FIRE, 0.22).fillEllipse(0, 50, 130, 120);
    glow.fillStyle(FIRE, 0.95).fillPoints(flamePoints(46, 90, 5), true);
    glow.fillStyle(0xf0c060, 0.95).fillPoints(flamePoints(24, 52, 3), true);
    container.add(glow);
    if (layers.effect?.still) {
      glow.setAlpha(0.85);
      return;
    }
    glow.setAlpha(0.6);
    const tween = this.tweens.add({ targets: glow, alpha: 0.95, duration: 1600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    cleanup.push(() => tween.remove());
  }

  // ------------------------------------------------------------------ crossfade and texture budget

  private crossfade(next: Picture): void {
    const previous = this.current;
    this.current = next;
    const reduced = next.layers.effect?.still ?? false;
    const duration = previous === null ? 350 : reduced ? 300 : 800;
    next.container.setAlpha(0);
    this.children.bringToTop(next.container);
    // Quick readers change scenes faster than a fade lasts: keep only the picture just left (it is what shows
    // underneath the new one) and retire the older ones now, or they pile up and every frame draws them all.
    for (const old of this.outgoing) this.retire(old);
    this.outgoing = previous === null ? [] : [previous];
    this.tweens.add({
      targets: next.container,
      alpha: 1,
      duration,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        if (this.current !== next) return; // superseded mid-fade; the newer picture retires the old ones
        for (const old of this.outgoing) this.retire(old);
        this.outgoing = [];
        this.touch(next.textures);
        this.onSettled(next.layers, this.textureCount());
      },
    });
  }

  private retire(picture: Picture): void {
    for (const fn of picture.cleanup) fn();
    this.tweens.killTweensOf(picture.container);
    picture.container.destroy(true);
  }

  /** Mark textures as recently used and drop the oldest ones beyond the budget (never those on screen). */
  private touch(keys: readonly string[]): void {
    this.recent = this.recent.filter((k) => !keys.includes(k)).concat(keys);
    const onScreen = new Set(this.current?.textures ?? []);
    while (this.recent.length > keys.length + TEXTURE_BUDGET) {
      const oldest = this.recent.shift() as string;
      if (onScreen.has(oldest) || oldest === INSET_KEY) continue;
      if (this.textures.exists(oldest)) this.textures.remove(oldest);
    }
  }

  /** How many SVG textures are loaded (for the soak test and the tools). */
  textureCount(): number {
    return this.recent.filter((k) => this.textures.exists(k)).length;
  }

  /** An arrow (bound once), so the same function can be handed to Phaser's once() and off(). */
  private readonly shutdown = (): void => {
    this.events.off(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.off(Phaser.Scenes.Events.DESTROY, this.shutdown, this);
    // on game.destroy() the scene's plugins may already be gone: release what is still there
    this.load?.off(Phaser.Loader.Events.FILE_LOAD_ERROR, this.onLoadError, this);
    for (const picture of [...this.outgoing, ...(this.current === null ? [] : [this.current])]) {
      try {
        this.retire(picture);
      } catch {
        // already torn down with the game
      }
    }
    this.outgoing = [];
    this.current = null;
    this.pending = null;
  };
}

/** A row of flame tongues standing on y = 0 (carved, pointed: a print's flames, not a photograph's). */
function flamePoints(halfWidth: number, height: number, tongues: number): Phaser.Math.Vector2[] {
  const pts = [new Phaser.Math.Vector2(-halfWidth, 60)];
  for (let i = 0; i < tongues; i++) {
    const x0 = -halfWidth + (i / tongues) * halfWidth * 2;
    const x1 = -halfWidth + ((i + 1) / tongues) * halfWidth * 2;
    const tall = height * (0.6 + 0.4 * Math.sin(((i + 0.5) / tongues) * Math.PI));
    pts.push(new Phaser.Math.Vector2((x0 + x1) / 2 + (i % 2 ? 4 : -4), 60 - tall), new Phaser.Math.Vector2(x1, 60 - tall * 0.35));
  }
  pts.push(new Phaser.Math.Vector2(halfWidth, 60));
  return pts;
}

/** A muzzle flash: a small star of light (cream core, red edge) — never a whole-screen flash. */
function drawBurst(g: Phaser.GameObjects.Graphics): void {
  const spikes = 9;
  const outer: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const a = (i / (spikes * 2)) * Math.PI * 2;
    const r = i % 2 === 0 ? 34 + (i % 4) * 6 : 11;
    outer.push(new Phaser.Math.Vector2(Math.cos(a) * r, Math.sin(a) * r));
  }
  g.fillStyle(ACCENT, 0.9).fillPoints(outer, true);
  g.fillStyle(0xf6e7bd, 1).fillCircle(0, 0, 10);
}
