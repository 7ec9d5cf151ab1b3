// The Phaser namespace the picture layer is built against (production builds alias `phaser` to this file): Phaser's
// own modules, minus the namespaces the stage never uses (Actions, Curves, DOM, Tilemaps, physics; sound is also
// switched off by FEATURE_SOUND in vite.config.ts). Leaving a namespace out drops its code only where no kept module
// requires it. The faults and WebGL e2e suites and tools/art/screenshot-scenes.mjs check the stage still draws.
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

const CONST = require('../../node_modules/phaser/src/const');
const Extend = require('../../node_modules/phaser/src/utils/object/Extend');

const Phaser = Extend(
  false,
  {
    Animations: require('../../node_modules/phaser/src/animations'),
    BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes'),
    Cache: require('../../node_modules/phaser/src/cache'),
    Cameras: require('../../node_modules/phaser/src/cameras'),
    Core: require('../../node_modules/phaser/src/core'),
    Class: require('../../node_modules/phaser/src/utils/Class'),
    Data: require('../../node_modules/phaser/src/data'),
    Display: require('../../node_modules/phaser/src/display'),
    Events: require('../../node_modules/phaser/src/events'),
    Filters: require('../../node_modules/phaser/src/filters'),
    Game: require('../../node_modules/phaser/src/core/Game'),
    GameObjects: require('./gameobjects-for-stage.cjs'),
    Geom: require('../../node_modules/phaser/src/geom'),
    Input: require('../../node_modules/phaser/src/input'),
    Loader: require('../../node_modules/phaser/src/loader'),
    Math: require('../../node_modules/phaser/src/math'),
    Plugins: require('../../node_modules/phaser/src/plugins'),
    Renderer: require('../../node_modules/phaser/src/renderer'),
    Scale: require('../../node_modules/phaser/src/scale'),
    ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes'),
    Scene: require('../../node_modules/phaser/src/scene/Scene'),
    Scenes: require('../../node_modules/phaser/src/scene'),
    Structs: require('../../node_modules/phaser/src/structs'),
    Textures: require('../../node_modules/phaser/src/textures'),
    Time: require('../../node_modules/phaser/src/time'),
    TintModes: require('../../node_modules/phaser/src/renderer/TintModes'),
    Tweens: require('../../node_modules/phaser/src/tweens'),
    Utils: require('../../node_modules/phaser/src/utils'),
  },
  CONST,
);

module.exports = Phaser;
globalThis.Phaser = Phaser;
