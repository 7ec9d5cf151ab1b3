import {
  LINE_SPACINGS,
  MOTIONS,
  TEXT_SIZES,
  TEXT_SPEEDS,
  THEMES,
  TYPEFACES,
  type Settings,
} from '../../../core/settings/settings.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/settings/language.ts';
import type { Strings } from '../../strings/en.ts';
import { Panel } from '../panel.ts';

type VolumeKey = 'master' | 'music' | 'ambience' | 'sfx';
const VOLUME_KEYS: readonly VolumeKey[] = ['master', 'music', 'ambience', 'sfx'];

/**
 * The settings dialog: native selects, checkboxes and sliders (each labelled, each at least 44 px tall). Every
 * change is reported at once through `onChange`; the dialog never stores anything itself.
 */
export class SettingsPanel {
  readonly panel: Panel;
  private settings: Settings;
  private readonly status: HTMLParagraphElement;
  /** The label of the marks checkbox, once its words have loaded (the row is shown from then on). */
  private marksLabel: string | null = null;
  private stale = false;

  constructor(
    private readonly strings: Strings,
    initial: Settings,
    private readonly onChange: (settings: Settings) => void,
    private readonly onReset: () => Settings,
    /** The language this page is shown in (the address or the browser may have chosen it, not the settings). */
    private readonly lang: Language = DEFAULT_LANGUAGE,
  ) {
    this.settings = initial;
    this.panel = new Panel({ id: 'settings', title: strings.settings.title, closeLabel: strings.closePanel });
    this.status = document.createElement('p');
    this.status.className = 'status-line';
    this.render();
  }

  open(): void {
    if (this.stale) {
      this.stale = false;
      this.render();
    }
    this.panel.open();
  }

  /** Shows settings put in force elsewhere (a reset hook); the panel's own changes are already on screen. */
  show(settings: Settings): void {
    if (settings === this.settings) return;
    this.settings = settings;
    this.render();
  }

  /** Shows whether settings survive a reload ("remembered on this device" or "until this page closes"). */
  setRemembered(remembered: boolean): void {
    this.status.textContent = remembered ? this.strings.settings.remembered : this.strings.settings.notRemembered;
  }

  /** Shows the "Show what is invented and sourced" checkbox with this label. */
  setMarksLabel(label: string): void {
    this.marksLabel = label;
    // Never rebuilt under the reader's hands: an open panel gets the row the next time it opens.
    if (this.panel.isOpen) this.stale = true;
    else this.render();
  }

  private update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.onChange(this.settings);
  }

  private render(): void {
    const t = this.strings.settings;
    const form = document.createElement('form');
    form.className = 'settings-form';
    form.addEventListener('submit', (event) => event.preventDefault());
    const s = this.settings;
    const reading = fieldset(t.reading, [
      this.select('textSize', t.textSize, TEXT_SIZES, t.textSizes, s.textSize, (v) => this.update({ textSize: v })),
      this.select('lineSpacing', t.lineSpacing, LINE_SPACINGS, t.lineSpacings, s.lineSpacing, (v) =>
        this.update({ lineSpacing: v }),
      ),
      this.select('typeface', t.typeface, TYPEFACES, t.typefaces, s.typeface, (v) => this.update({ typeface: v })),
      this.select('theme', t.theme, THEMES, t.themes, s.theme, (v) => this.update({ theme: v })),
      this.select('motion', t.motion, MOTIONS, t.motions, s.motion, (v) => this.update({ motion: v })),
      this.select('textSpeed', t.textSpeed, TEXT_SPEEDS, t.textSpeeds, s.textSpeed, (v) =>
        this.update({ textSpeed: v }),
      ),
      ...(this.marksLabel === null
        ? []
        : [this.checkbox('marks', this.marksLabel, s.marks, (on) => this.update({ marks: on }))]),
    ]);
    const sound = fieldset(t.sound, [
      this.checkbox('captions', t.captions, s.captions, (on) => this.update({ captions: on })),
      this.checkbox('mute', t.mute, s.volumes.muted, (on) =>
        this.update({ volumes: { ...this.settings.volumes, muted: on } }),
      ),
      ...VOLUME_KEYS.map((key) =>
        this.slider(key, t.volumes[key], s.volumes[key], (level) =>
          this.update({ volumes: { ...this.settings.volumes, [key]: level } }),
        ),
      ),
    ]);
    const language = fieldset(this.strings.language.label, [
      this.select('language', this.strings.language.setting, LANGUAGES, LANGUAGE_NAMES, this.lang, (v) =>
        this.update({ language: v }),
      ),
      hint(this.strings.language.switching),
    ]);
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.textContent = t.reset;
    reset.addEventListener('click', () => {
      this.settings = this.onReset();
      this.render();
      this.panel.body.querySelector<HTMLElement>('select')?.focus();
    });
    form.append(language, reading, sound, reset, this.status);
    this.panel.body.replaceChildren(form);
  }

  private select<T extends string>(
    name: string,
    label: string,
    values: readonly T[],
    names: Readonly<Record<T, string>>,
    current: T,
    set: (value: T) => void,
  ): HTMLElement {
    const select = document.createElement('select');
    select.id = `setting-${name}`;
    select.name = name;
    for (const value of values) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = names[value];
      option.selected = value === current;
      select.append(option);
    }
    select.addEventListener('change', () => {
      const chosen = values.find((v) => v === select.value);
      if (chosen !== undefined) set(chosen);
    });
    return row(select.id, label, select);
  }

  private checkbox(name: string, label: string, checked: boolean, set: (on: boolean) => void): HTMLElement {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `setting-${name}`;
    input.name = name;
    input.checked = checked;
    input.addEventListener('change', () => set(input.checked));
    const text = document.createElement('label');
    text.htmlFor = input.id;
    text.textContent = label;
    const wrap = document.createElement('div');
    wrap.className = 'check-row';
    wrap.append(input, text);
    return wrap;
  }

  private slider(name: string, label: string, level: number, set: (level: number) => void): HTMLElement {
    const input = document.createElement('input');
    input.type = 'range';
    input.id = `setting-volume-${name}`;
    input.name = name;
    input.min = '0';
    input.max = '100';
    input.step = '5';
    input.value = String(Math.round(level * 100));
    input.setAttribute('aria-valuetext', `${input.value}%`);
    input.addEventListener('input', () => {
      input.setAttribute('aria-valuetext', `${input.value}%`);
      set(Number(input.value) / 100);
    });
    return row(input.id, label, input);
  }
}

function row(id: string, label: string, control: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'setting-row';
  const text = document.createElement('label');
  text.htmlFor = id;
  text.textContent = label;
  wrap.append(text, control);
  return wrap;
}

function hint(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'language-hint';
  p.textContent = text;
  return p;
}

function fieldset(legend: string, rows: readonly HTMLElement[]): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  set.append(title, ...rows);
  return set;
}
