// The Phaser.GameObjects namespace the picture layer uses (tools/phaser/phaser-for-stage.cjs): the display list and
// the factories for the five kinds of object the stage adds (image, container, graphics, rectangle, text). Phaser's
// own index also requires particles, video, bitmap text, meshes, shaders, noise and every shape, which the stage
// never draws; leaving them out of this list leaves their code out of the build. A kept module that needs one of
// them still requires it itself. The stage, WebGL and faults e2e suites check the stage still draws.
const GameObjects = {
  Events: require('../../node_modules/phaser/src/gameobjects/events'),
  DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
  GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
  GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
  UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
  Components: require('../../node_modules/phaser/src/gameobjects/components'),
  GetCalcMatrix: require('../../node_modules/phaser/src/gameobjects/GetCalcMatrix'),
  BuildGameObject: require('../../node_modules/phaser/src/gameobjects/BuildGameObject'),
  GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
  Container: require('../../node_modules/phaser/src/gameobjects/container/Container'),
  Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
  Image: require('../../node_modules/phaser/src/gameobjects/image/Image'),
  Shape: require('../../node_modules/phaser/src/gameobjects/shape/Shape'),
  Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
  Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
  // Requiring a factory or creator registers it with the scene's `add` and `make`.
  Factories: {
    Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerFactory'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
    Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory'),
  },
  Creators: {
    Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerCreator'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/TextCreator'),
  },
};

module.exports = GameObjects;
