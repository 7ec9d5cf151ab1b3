// Runs before the first paint: a classic script in <head>, because the Content-Security-Policy allows only our own
// files (no inline script) and a module script may run after the first frame. A kiosk (?mode=kiosk) must show its
// attract screen from the first frame, never the home title: this marks <html> and the stylesheet keeps the title
// out of sight until the kiosk runtime sets html[data-kiosk] (src/styles/layout.css). It reads the address the way
// src/app/modes.ts resolveMode does; the module script still decides the mode. Touches nothing else.
(function () {
  try {
    const search = window.location.search;
    if (search.length > 2048) return;
    const mode = new URLSearchParams(search).get('mode');
    if (mode && mode.slice(0, 40).toLowerCase() === 'kiosk') {
      document.documentElement.setAttribute('data-boot-mode', 'kiosk');
    }
  } catch {
    // an unreadable address: the title shows as usual and the module script reports the problem
  }
})();
