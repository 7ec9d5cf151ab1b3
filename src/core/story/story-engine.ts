import { InkList, Story } from 'inkjs';
import { isRecord } from '../is-record.ts';

/** A problem reported by the ink runtime, as data: the session decides what to show. */
export interface InkIssue {
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface StoryLine {
  readonly text: string;
  readonly tags: readonly string[];
}

export interface ChoiceOption {
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
}

/** How long one line may run before we call it an infinite loop (pitfalls I14: bare Continue() can hang forever). */
const DEFAULT_LINE_BUDGET_MS = 500;
const SLICE_MS = 25;

/**
 * The one module that touches inkjs. Wraps a Story behind a small API; runtime errors and warnings become
 * InkIssues (never exceptions), and a line that does not finish within its budget becomes an error, so a broken
 * story cannot freeze the page.
 */
export class StoryEngine {
  private story: Story;
  private issues: InkIssue[] = [];

  private constructor(
    private readonly json: string,
    private readonly lineBudgetMs: number,
  ) {
    this.story = this.open();
  }

  /** A fresh inkjs Story over our JSON, with runtime errors routed into `issues`. */
  private open(): Story {
    const story = new Story(this.json);
    // onError is a property, not an event (pitfalls I10); with it set, runtime errors arrive here instead of throwing.
    story.onError = (message: string, type: number) => {
      this.issues.push({ severity: type === 1 ? 'warning' : 'error', message });
    };
    return story;
  }

  /** Parses compiled story JSON (a leading BOM is stripped: pitfalls I18). Throws only for JSON that is not a story. */
  static fromJson(json: string, options: { lineBudgetMs?: number } = {}): StoryEngine {
    return new StoryEngine(json.replace(/^\uFEFF/, ''), options.lineBudgetMs ?? DEFAULT_LINE_BUDGET_MS);
  }

  /** Next line of text with its tags, or null when the story is waiting for a choice, has ended, or hung. */
  continueLine(now: () => number = () => Date.now()): StoryLine | null {
    if (!this.story.canContinue) return null;
    const started = now();
    this.story.ContinueAsync(SLICE_MS);
    while (!this.story.asyncContinueComplete) {
      if (now() - started > this.lineBudgetMs) {
        this.issues.push({ severity: 'error', message: `a line ran for more than ${this.lineBudgetMs} ms (an endless loop?)` });
        // inkjs cannot abort a ContinueAsync: the stuck Story would refuse ResetState (and so every way back).
        // Swap in a fresh Story, ended, so reset() and loadState() work for the recovery notice's buttons.
        this.story = this.open();
        this.story.state.ForceEnd();
        return null;
      }
      this.story.ContinueAsync(SLICE_MS);
    }
    return { text: this.story.currentText ?? '', tags: [...(this.story.currentTags ?? [])] };
  }

  /** Whether more text can be read before the next choice (false while waiting for a choice or at an end). */
  canContinue(): boolean {
    return this.story.canContinue;
  }

  choices(): ChoiceOption[] {
    return this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text,
      tags: [...(choice.tags ?? [])],
    }));
  }

  /**
   * Takes a choice. A choice inkjs cannot follow (its target is gone) becomes an error issue, so the session shows
   * the recovery notice instead of throwing out of the click.
   */
  choose(index: number): void {
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      this.issues.push({ severity: 'error', message: `the choice could not be followed: ${String(error)}` });
      this.story.state.ForceEnd();
    }
  }

  /** Jumps to a knot (chapter starts, the kiosk cut). Throws for a path that does not exist: a programmer error. */
  goTo(path: string): void {
    this.story.ChoosePathString(path);
  }

  hasKnot(path: string): boolean {
    return this.story.KnotContainerWithName(path) !== null;
  }

  reset(seed: number): void {
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.issues = [];
  }

  /** Reads a global variable: numbers and strings as they are, ink LISTs as arrays of item names. */
  variable(name: string): number | string | boolean | readonly string[] | undefined {
    const value: unknown = this.story.variablesState.$(name);
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    if (value instanceof Map) return [...value.keys()].map(itemName);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- ink's value objects print themselves
    return String(value);
  }

  /** Sets an ink LIST variable to one item, e.g. role = roles.student (for chapter starts with a chosen role). */
  setListItem(variable: string, listName: string, item: string): void {
    this.setListItems(variable, listName, [item]);
  }

  /** Sets an ink LIST variable to these items of one list. Throws for an unknown list or item (a programmer error). */
  setListItems(variable: string, listName: string, items: readonly string[]): void {
    const list = new InkList(listName, this.story);
    for (const item of items) {
      if (InkList.FromString(`${listName}.${item}`, this.story).Count !== 1) throw new Error(`no item ${item} in LIST ${listName}`);
      list.AddItem(item, this.story);
    }
    this.story.variablesState.$(variable, list);
  }

  setBoolean(variable: string, value: boolean): void {
    if (typeof this.story.variablesState.$(variable) !== 'boolean') throw new Error(`no true/false variable named ${variable}`);
    this.story.variablesState.$(variable, value);
  }

  setNumber(variable: string, value: number): void {
    if (typeof this.story.variablesState.$(variable) !== 'number') throw new Error(`no number variable named ${variable}`);
    this.story.variablesState.$(variable, value);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  /**
   * Loads a saved ink state and proves it belongs to this story before anyone plays it: inkjs approximates a
   * location it cannot find (and reports that only as a warning), and keeps choices whose targets do not exist
   * until one is taken. Either throws here, so the caller sets the save aside instead of half-loading it.
   */
  loadState(json: string): void {
    const before = this.issues.length;
    this.story.state.LoadJson(json);
    // inkjs keeps load warnings in the state until the next Continue; read them (and any routed issue) now.
    const raised = [
      ...this.issues.splice(before).map((i) => i.message),
      ...(this.story.state.currentWarnings ?? []),
      ...(this.story.state.currentErrors ?? []),
    ];
    if (raised.length > 0) throw new Error(`the saved position is not in this story: ${raised[0]}`);
    for (const choice of this.story.currentChoices) {
      const target = choice.targetPath ? this.story.ContentAtPath(choice.targetPath) : null;
      if (!target?.obj || target.approximate) {
        throw new Error(`a saved choice leads nowhere in this story (${String(choice.targetPath)})`);
      }
    }
  }

  /** Issues collected since the last call. */
  takeIssues(): InkIssue[] {
    const taken = this.issues;
    this.issues = [];
    return taken;
  }
}

/** inkjs serialises list items as "listName.itemName" keys. */
function itemName(key: unknown): string {
  const text = String(key);
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && typeof parsed['itemName'] === 'string') return parsed['itemName'];
  } catch {
    // not JSON: fall through to the dotted form
  }
  const dot = text.lastIndexOf('.');
  return dot === -1 ? text : text.slice(dot + 1);
}
