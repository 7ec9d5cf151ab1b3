// The convergence proof of a compiled story (docs/verifier.md, "The proof"): every chapter segment for every role,
// the opening, the kiosk cut and the whole story, for every valuation of every variable. Built on the compiler's
// runtime Story (the container tree inkjs runs, with debug metadata for file and line).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Container } from 'inkjs/engine/Container';
import { proveSegment, type BeatFlowContext, type ProofFailure } from './beat-flow.ts';
import type { SegmentResult, SegmentSpec } from './beat-flow.ts';
import { buildFlowGraph, type NodeInfo } from './flow-graph.ts';
import { analyseLiveness } from './liveness.ts';
import { evalBlockBefore, evaluateCondition, evaluateRole, type RoleModel } from './role-condition.ts';

export interface ProofOptions {
  /** The compiler's runtime story: anything with the root container. */
  readonly story: { readonly mainContentContainer: Container };
  readonly canonical: readonly string[];
  /** Chapter checkpoint knots in story order, each with the first canonical beat it must pass. */
  readonly chapters: readonly (readonly [chapter: string, firstBeat: string])[];
  readonly roles: readonly string[];
  readonly roleVariable: string;
  readonly roleList: string;
  /** The opening knot (holds the role choice) and the kiosk knot, if the story has one. */
  readonly opening: string;
  readonly kiosk: string | null;
  /** Folder of the root ink file (the compiler names included files relative to it). */
  readonly storyDir: string;
  /** File names in failures are made relative to this folder. */
  readonly displayRoot: string;
}

export interface ProofReport {
  readonly ok: boolean;
  readonly segments: readonly SegmentResult[];
  /** Chapter segments (opening + chapter × role) proven, out of how many. */
  readonly proven: number;
  readonly total: number;
  readonly kiosk: SegmentResult | null;
  readonly whole: SegmentResult;
  /** Global failures: loops without a once-only choice. */
  readonly global: readonly ProofFailure[];
  /** The role refinement: proven (role assigned only in the opening, to single roles) or why not. */
  readonly roleRefinement: { readonly proven: boolean; readonly reason: string };
  readonly nodes: number;
  /** Choice points some proven path reaches, out of all the story's choice points. */
  readonly choicePoints: { readonly reached: number; readonly total: number; readonly unreached: readonly string[] };
  readonly failures: readonly ProofFailure[];
}

export function proveStory(options: ProofOptions): ProofReport {
  const root = options.story.mainContentContainer;
  const graph = buildFlowGraph(root);
  const liveness = analyseLiveness(graph);
  const model: RoleModel = {
    variable: options.roleVariable,
    list: options.roleList,
    items: options.roles,
    globals: graph.variables,
  };
  const info = (n: number): NodeInfo => graph.nodes[n] as NodeInfo;
  const fileName = (file: string | null): string | null =>
    file === null ? null : relative(options.displayRoot, resolve(options.storyDir, file));
  const at = (n: number): string => `${fileName(info(n).file) ?? '?'}:${info(n).line ?? '?'}`;
  const sources = new Map<string, string[]>();
  const sourceLine = (file: string | null, line: number | null): string => {
    if (file === null || line === null) return '';
    let lines = sources.get(file);
    if (!lines) {
      try {
        lines = readFileSync(resolve(options.storyDir, file), 'utf8').split('\n');
      } catch {
        lines = [];
      }
      sources.set(file, lines);
    }
    return (lines[line - 1] ?? '').trim().slice(0, 100);
  };

  const entry = (knot: string): number => {
    const e = graph.entryOf(knot);
    if (e <= 0) throw new Error(`proof: the story has no knot ${knot}`);
    return e;
  };
  const condMemo = new Map<number, (boolean | null)[]>();
  const condition = (n: number, role: number): boolean | null => {
    let row = condMemo.get(n);
    if (!row) {
      const i = info(n);
      const block = i.container ? evalBlockBefore(i.container, i.index) : null;
      row = [null, ...options.roles].map((r) => (block ? evaluateCondition(block, r, model) : null));
      condMemo.set(n, row);
    }
    return row[role] ?? null;
  };
  const assignedRole = (n: number): number => {
    const i = info(n);
    const block = i.container ? evalBlockBefore(i.container, i.index) : null;
    const role = block ? evaluateRole(block, model) : null;
    return role === null ? 0 : options.roles.indexOf(role) + 1;
  };

  // The role refinement, checked rather than assumed: every assignment to `role` (or reference passed to a
  // function) stores one known role, and none can run after any chapter checkpoint. Then every state in a chapter
  // has one role that no step changes, and a chapter may be proven once per role.
  const inChapters = liveness.reachableFrom(options.chapters.map(([chapter]) => entry(chapter)));
  const badAssignments: string[] = [];
  for (let n = 1; n < graph.nodes.length; n += 1) {
    const node = info(n).node;
    if (node.kind !== 'assign' || node.variable !== options.roleVariable) continue;
    if (inChapters[n] || assignedRole(n) === 0) badAssignments.push(at(n));
  }
  const role = options.roleVariable;
  const roleRefinement =
    badAssignments.length === 0
      ? { proven: true, reason: `every assignment to ${role} stores one role; none can run after a chapter checkpoint` }
      : { proven: false, reason: `${role} may change in a chapter or be unknown: ${badAssignments.join(', ')}` };

  const beatReach = new Map<string, Uint8Array>();
  const ctx: BeatFlowContext = {
    graph,
    liveness,
    canonical: options.canonical,
    roleVariable: options.roleVariable,
    roleCount: options.roles.length,
    condition,
    assignedRole,
    fileName,
    sourceLine,
    knotIn: (knot, home) => graph.knotFile.get(knot) === home,
    canReachBeat: (beat) => {
      let reach = beatReach.get(beat);
      if (!reach) {
        const carriers = graph.nodes
          .map((_, n) => n)
          .filter((n) => {
            const node = info(n).node;
            return node.kind === 'beat' && node.beat === beat;
          });
        beatReach.set(beat, (reach = liveness.reaching(carriers)));
      }
      return reach;
    },
    checkpoints: new Set([options.opening, ...options.chapters.map(([chapter]) => chapter)].map(entry)),
  };

  const global: ProofFailure[] = liveness.loops.map((loop) => {
    const located = loop.nodes.filter((n) => info(n).line !== null);
    located.sort((a, b) => (info(a).line ?? 0) - (info(b).line ?? 0));
    const first = located[0] ?? loop.nodes[0] ?? 0; // a loop has at least one node
    const lines = [...new Set(located.map(at))];
    return {
      kind: 'endless-loop',
      segment: 'story',
      message: `a loop takes no once-only choice: a run could go round it for ever (${lines.slice(0, 12).join(', ')})`,
      file: fileName(info(first).file),
      line: info(first).line,
      beat: null,
      chain: lines,
      decisive: [],
    };
  });

  const idxOf = (beat: string): number => {
    const i = options.canonical.indexOf(beat);
    if (i < 0) throw new Error(`proof: ${beat} is not in the canonical sequence`);
    return i;
  };
  const L = options.canonical.length;
  const specs: SegmentSpec[] = [];
  const [firstChapter, firstBeat] = options.chapters[0] as readonly [string, string];
  specs.push({
    id: options.opening,
    start: entry(options.opening),
    startIdx: 0,
    role: 0,
    home: graph.knotFile.get(options.opening) ?? null,
    nextCheckpoint: entry(firstChapter),
    exitIdx: idxOf(firstBeat),
    nextName: firstChapter,
  });
  options.chapters.forEach(([chapter, beat], i) => {
    const next = options.chapters[i + 1];
    for (let r = 1; r <= options.roles.length; r += 1) {
      specs.push({
        id: `${chapter}/${options.roles[r - 1]}`,
        start: entry(chapter),
        startIdx: idxOf(beat),
        role: roleRefinement.proven ? r : 0,
        home: graph.knotFile.get(chapter) ?? null,
        nextCheckpoint: next ? entry(next[0]) : -1,
        exitIdx: next ? idxOf(next[1]) : L,
        nextName: next ? next[0] : null,
      });
    }
  });
  const segments = specs.map((spec) => proveSegment(ctx, spec));
  const noExit = { nextCheckpoint: -1, exitIdx: L, nextName: null, home: null, startIdx: 0, role: 0 } as const;
  const kiosk =
    options.kiosk === null ? null : proveSegment(ctx, { ...noExit, id: options.kiosk, start: entry(options.kiosk) });
  const whole = proveSegment(ctx, { ...noExit, id: 'whole story', start: graph.at(root, 0) });
  const globalOk = global.length === 0;
  const proven = globalOk ? segments.filter((s) => s.failures.length === 0).length : 0;
  const failures = [...global, ...segments.flatMap((s) => s.failures), ...(kiosk?.failures ?? []), ...whole.failures];
  const choiceNodes = graph.nodes.map((_, n) => n).filter((n) => info(n).node.kind === 'choice');
  const all = [...segments, ...(kiosk ? [kiosk] : []), whole];
  const unreached = choiceNodes.filter((n) => !all.some((s) => s.reached[n]));
  return {
    ok: failures.length === 0,
    segments,
    proven,
    total: segments.length,
    kiosk,
    whole,
    global,
    roleRefinement,
    nodes: graph.nodes.length,
    choicePoints: {
      reached: choiceNodes.length - unreached.length,
      total: choiceNodes.length,
      unreached: unreached.map(at),
    },
    failures,
  };
}
