// Scripts the benchmark installs in every page before any of the page's own scripts run (Playwright init
// scripts). They mark times relative to navigation start (performance.now()) the same way for the game and for
// the reference page, and keep everything in window.__bench.
//
// First story text: the moment the first <p> with text appears inside #story (a MutationObserver on the
// document), and the start of the next animation frame after it (the frame that paints it).
// The game shows a title screen first: when <html data-ready="true"> appears (story fetched and parsed, Begin
// enabled) the probe clicks Begin in the same task, as a visitor who taps at once would, so the game's number is
// "ready + Begin's work", with no human delay in it. `ready` and the title's first paint are recorded as well.
export function firstTextProbe() {
  const bench = (window.__bench = {
    ready: null,
    firstText: null,
    firstTextFrame: null,
    longTasks: [],
    clicked: false,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the longest task stays unknown
  }
  const observer = new MutationObserver(() => {
    const html = document.documentElement;
    if (html && bench.ready === null && html.dataset.ready === 'true') {
      bench.ready = performance.now();
      const begin = document.getElementById('begin');
      if (begin && !bench.clicked) {
        bench.clicked = true;
        begin.click();
      }
    }
    if (bench.firstText === null) {
      const p = [...document.querySelectorAll('#story p')].find((el) => (el.textContent ?? '').trim() !== '');
      if (p) {
        bench.firstText = performance.now();
        requestAnimationFrame(() => (bench.firstTextFrame = performance.now()));
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

// Counts frames Phaser actually draws: any WebGL draw call, or any 2D drawing onto the stage's own canvas (the
// Canvas renderer, src/ui/phaser/renderer-choice.ts), since the last animation frame makes that frame a "drawn"
// frame. 2D drawing onto other canvases (Phaser's text labels are rendered off-screen) is not counted. (The game
// object is not on window; the game caps itself at 30 fps by design.)
export function drawCounterProbe() {
  const counter = (window.__benchDraws = { calls: 0 });
  const canvas2d = window.CanvasRenderingContext2D?.prototype;
  if (canvas2d) {
    for (const name of ['drawImage', 'fillRect', 'clearRect']) {
      const original = canvas2d[name];
      if (typeof original !== 'function') continue;
      canvas2d[name] = function (...args) {
        if (this.canvas?.isConnected && this.canvas.closest('#stage')) counter.calls++;
        return original.apply(this, args);
      };
    }
  }
  for (const proto of [window.WebGLRenderingContext?.prototype, window.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        counter.calls++;
        return original.apply(this, args);
      };
    }
  }
}

/** The kiosk's staff settings, stored before the page loads: no planned reload inside the 200-visit soak. */
export function kioskNoReloadProbe() {
  try {
    localStorage.setItem(
      'avenida-viena:kiosk-config',
      JSON.stringify({ warningMs: 60000, countdownMs: 20000, reloadEvery: 1000, pin: '1940' }),
    );
  } catch {
    // storage blocked: the soak then stops at the planned reload, and says so
  }
}
