// Scene changes dip through paper: the picture fades out to the stage's paper, the next one is drawn in ONE Phaser
// frame while nothing shows, and it fades in. The fades are opacity animations of the canvas and of the effect layer
// (Web Animations API), which the compositor runs without the main thread. Why not a crossfade inside Phaser: with
// software WebGL every frame the canvas draws is read back to the compositor synchronously on the main thread
// (Chromium's Commit → glReadPixels, measured 50–450 ms a frame on a loaded two-core machine: docs/performance.md),
// so a 24-frame crossfade meant 24 long tasks per scene change; a dip costs one frame. It also never shows two
// scenes stacked into one muddle, however fast a visitor taps.
// Contract:
// - Starts hidden (opacity 0): nothing shows until the first picture has been drawn.
// - `hide(ms)` fades to paper from wherever the fade is now (a fade-in in progress is turned round) and resolves
//   once nothing shows; a hide already under way is not restarted. `ms` is the time a full fade would take.
// - `show(ms)` fades in from wherever it is and resolves true once fully shown, or false when a hide cut it short.
// - Without Web Animations (a test DOM) both jump to their end state at once.

export class StageFade {
  private from = 0;
  private to = 0;
  private running: Animation[] = [];
  private hiding: Promise<void> | null = null;

  constructor(private readonly targets: readonly HTMLElement[]) {
    for (const el of targets) el.style.opacity = '0';
  }

  /** The opacity now, as far as the fade has gone (linear in time; the easing is not worth modelling here). */
  level(): number {
    const animation = this.running[0];
    if (animation === undefined || animation.playState === 'finished') return this.to;
    const progress = animation.effect?.getComputedTiming().progress;
    return typeof progress === 'number' ? this.from + (this.to - this.from) * progress : this.to;
  }

  hide(ms: number): Promise<void> {
    if (this.hiding !== null) return this.hiding;
    const done = this.run(0, ms).then(() => undefined);
    this.hiding = done;
    void done.then(() => {
      if (this.hiding === done) this.hiding = null;
    });
    return done;
  }

  show(ms: number): Promise<boolean> {
    this.hiding = null;
    return this.run(1, ms);
  }

  private run(to: number, ms: number): Promise<boolean> {
    const from = this.level();
    for (const animation of this.running) animation.cancel();
    this.running = [];
    this.from = from;
    this.to = to;
    for (const el of this.targets) el.style.opacity = String(to); // the end state; the animation plays over it
    const duration = ms * Math.abs(to - from);
    const first = this.targets[0];
    if (duration <= 0 || first === undefined || typeof first.animate !== 'function') return Promise.resolve(true);
    this.running = this.targets.map((el) =>
      el.animate([{ opacity: from }, { opacity: to }], { duration, easing: 'ease-in-out' }),
    );
    const mine = this.running;
    return (mine[0] as Animation).finished.then(
      () => this.running === mine,
      () => false, // cancelled: a newer fade took over
    );
  }
}
