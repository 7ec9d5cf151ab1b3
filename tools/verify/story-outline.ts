// The named content of a compiled story, read from the runtime's container tree: knots (and functions),
// stitches, and every choice point with the container its choice leads into.
// Contract: `knots` are the root's named containers (except "global decl"); `stitches` are the named
// containers directly inside a knot ("knot.stitch"); a choice point is covered when its target container
// (`targetPath`, e.g. "ch1.0.c-2") was entered on some explored path.

export interface ChoicePointInfo {
  readonly path: string;
  readonly targetPath: string;
  readonly invisibleDefault: boolean;
}

export interface StoryOutline {
  readonly knots: readonly string[];
  readonly stitches: readonly string[];
  readonly choicePoints: readonly ChoicePointInfo[];
}

interface RuntimeObject {
  path: { toString(): string };
}
interface RuntimeContainer extends RuntimeObject {
  content: RuntimeObject[];
  namedContent: Map<string, RuntimeObject>;
  namedOnlyContent: Map<string, RuntimeObject> | null;
}
interface RuntimeChoicePoint extends RuntimeObject {
  pathStringOnChoice: string;
  choiceTarget: RuntimeContainer | null;
  onceOnly: boolean;
  isInvisibleDefault: boolean;
}

const NAME = /^[A-Za-z_]\w*$/;

function isContainer(obj: unknown): obj is RuntimeContainer {
  return (
    typeof obj === 'object' && obj !== null && 'namedContent' in obj && Array.isArray((obj as RuntimeContainer).content)
  );
}

function isChoicePoint(obj: unknown): obj is RuntimeChoicePoint {
  return (
    typeof obj === 'object' &&
    obj !== null &&
    'onceOnly' in obj &&
    'isInvisibleDefault' in obj &&
    'pathStringOnChoice' in obj
  );
}

export function storyOutline(story: { mainContentContainer: unknown }): StoryOutline {
  const root = story.mainContentContainer;
  if (!isContainer(root)) throw new Error('verifier: the story has no main content container');
  const knots: string[] = [];
  const stitches: string[] = [];
  for (const [name, knot] of root.namedContent) {
    if (!NAME.test(name) || !isContainer(knot)) continue;
    knots.push(name);
    for (const [inner, child] of knot.namedContent)
      if (NAME.test(inner) && isContainer(child)) stitches.push(`${name}.${inner}`);
  }
  const choicePoints: ChoicePointInfo[] = [];
  const seen = new Set<RuntimeContainer>();
  const walk = (container: RuntimeContainer): void => {
    if (seen.has(container)) return;
    seen.add(container);
    for (const item of container.content) {
      if (isContainer(item)) walk(item);
      else if (isChoicePoint(item)) {
        const target = item.choiceTarget;
        choicePoints.push({
          path: item.path.toString(),
          targetPath: target ? target.path.toString() : item.pathStringOnChoice,
          invisibleDefault: item.isInvisibleDefault,
        });
      }
    }
    for (const item of container.namedOnlyContent?.values() ?? []) if (isContainer(item)) walk(item);
  };
  walk(root);
  return { knots, stitches, choicePoints };
}
