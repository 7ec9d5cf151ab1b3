// Runs before the first paint: a classic script in <head>, because the Content-Security-Policy allows only our own
// files (no inline script) and a module script may run after the first frame. The build writes it as a content-named
// file (assets/early-mode-<hash>.js, tools/boot/vite-plugin-early-script.ts), so an update that leaves it unchanged
// copies it from the offline cache. It does two things, and touches
// nothing else:
// 1. A kiosk (?mode=kiosk) must show its attract screen from the first frame, never the home title: this marks
//    <html> and the stylesheet keeps the title out of sight until the kiosk runtime sets html[data-kiosk]
//    (src/styles/layout.css). It reads the address the way src/app/modes.ts resolveMode does; the module still decides.
// 2. The story file is the longest download before the first text, so it starts here, while the modules are still
//    on their way: the page's story table (<script type="application/json" id="stories">, written by the build,
//    tools/ink/vite-plugin-ink.ts) names each language's file; the language is resolved by the rule of
//    src/app/page-language.ts (address, then the remembered choice unless in a kiosk, then the browser, then the
//    table's first language), and tests/unit/app/early-story.test.ts holds the two to the same answers. The download
//    is left in window.__earlyStory = { url, text }; main.ts takes it when the URL is the one it wants, else fetches.
(function () {
  const MAX_ADDRESS = 2048; // longer addresses are ignored (resolveMode, resolveLanguage)
  const MAX_PARAM = 40;
  const MAX_SETTINGS = 4000; // src/core/settings/parse-settings.ts MAX_SETTINGS_CHARS
  const SETTINGS_KEY = 'avenida-viena:settings'; // src/adapters/storage/local-storage.ts prefix + SETTINGS_KEY

  let search = '';
  let params = null;
  try {
    search = window.location.search;
    if (search.length <= MAX_ADDRESS) params = new URLSearchParams(search);
  } catch {
    params = null;
  }
  const param = function (name) {
    const value = params ? params.get(name) : null;
    return value === null || value === '' ? null : value.slice(0, MAX_PARAM).toLowerCase();
  };
  const kiosk = param('mode') === 'kiosk';
  if (kiosk) document.documentElement.setAttribute('data-boot-mode', 'kiosk');

  try {
    const tableText = document.getElementById('stories');
    const table = tableText ? JSON.parse(tableText.textContent || '') : null;
    if (!table || !Array.isArray(table.languages) || !table.stories) return;
    const languages = table.languages;
    const known = function (value) {
      return typeof value === 'string' && languages.indexOf(value) !== -1;
    };
    const remembered = function () {
      if (kiosk) return null; // a kiosk keeps nothing on the device: every visitor chooses afresh
      let text = null;
      try {
        text = window.localStorage.getItem(SETTINGS_KEY);
      } catch {
        return null;
      }
      if (text === null || text.length > MAX_SETTINGS) return null;
      try {
        const data = JSON.parse(text);
        return data && typeof data === 'object' && !Array.isArray(data) && known(data.language) ? data.language : null;
      } catch {
        return null;
      }
    };
    const fromBrowser = function () {
      const tags = navigator.languages || [navigator.language];
      for (const tag of tags) {
        const primary = String(tag).toLowerCase().split('-')[0];
        if (known(primary)) return primary;
      }
      return null;
    };
    const asked = param('lang');
    const lang = (known(asked) ? asked : null) || remembered() || fromBrowser() || languages[0];
    const story = table.stories[lang];
    if (!story || typeof story.url !== 'string') return;
    const text = fetch(story.url).then(function (response) {
      if (!response.ok) throw new Error('story file answered ' + response.status);
      return response.text();
    });
    // main.ts awaits it and reports a failure; until then a rejection is not unhandled
    text.catch(function () {
      return null;
    });
    window.__earlyStory = { url: story.url, text: text };
  } catch {
    // no table, a closed storage, no fetch: main.ts resolves the language and fetches the story itself
  }
})();
