// When Phaser's game loop may sleep. Pure, so the rule is tested in node; stage-scene.ts applies it to game.loop.
// A still picture needs no frames: the canvas keeps showing the last one it drew. So the loop runs only while
// something on the canvas changes (a new picture built, a resize, a restored WebGL context) and sleeps once a frame
// has been drawn with nothing left to change. Long-running effects (the raid's flashes, the fire's glow) are not
// drawn by Phaser at all: they are compositor animations on a DOM layer over the canvas (effect-layer.ts).

export type LoopState = 'awake' | 'asleep';

export class LoopGate {
  private state: LoopState = 'awake'; // Phaser starts its loop at boot
  /** Frames still owed to wake requests: each request wants one full frame drawn after it. */
  private owed = 0;

  get current(): LoopState {
    return this.state;
  }

  /**
   * Something on the canvas changed (a new picture is built, the box is resized, the WebGL context is restored): the
   * loop must run for at least one more frame. Returns true when it was asleep (the caller wakes it).
   */
  wake(): boolean {
    this.owed = Math.max(this.owed, 1);
    if (this.state === 'awake') return false;
    this.state = 'awake';
    return true;
  }

  /**
   * A frame was drawn. `busy`: something still changes (a tween runs, a picture is being built). Returns true when
   * the loop should now sleep (the caller sleeps it): nothing moves and every wake request has had its frame.
   */
  drawn(busy: boolean): boolean {
    if (this.state === 'asleep') return false;
    if (this.owed > 0) this.owed--;
    if (busy || this.owed > 0) return false;
    this.state = 'asleep';
    return true;
  }
}
