import { parseMarkdown, type Block } from '../../../core/classroom/markdown-blocks.ts';
import type { GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import { glossaryView, type SourceNames } from './glossary-view.ts';
import { markdownView } from './markdown-view.ts';

/** The classroom pack's printable documents (docs/pack/*.md), each a section of its own. */
export type PackSection = 'plan' | 'worksheet' | 'rubric' | 'answers' | 'standards';
export const PACK_SECTIONS: readonly PackSection[] = ['plan', 'worksheet', 'rubric', 'answers', 'standards'];
export type GuideSection = 'guide' | 'roles' | 'glossary' | 'invented' | PackSection;
const SECTIONS: readonly GuideSection[] = ['guide', 'roles', 'glossary', 'invented', ...PACK_SECTIONS];

export interface GuideDocuments {
  readonly guide: string;
  readonly roles: string;
  readonly invented: string;
  readonly plan: string;
  readonly worksheet: string;
  readonly rubric: string;
  readonly answers: string;
  readonly standards: string;
}

/** A pack document's title: its first level-1 heading, in the document's own language. */
function titleOf(markdown: string, fallback: string): string {
  return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? fallback;
}

/** A pack document's tab label, so it needs no interface string: its title up to a colon ("Rubric: …" → "Rubric"). */
function tabLabelOf(markdown: string, fallback: string): string {
  return titleOf(markdown, fallback).split(':')[0] ?? fallback;
}

function isPack(section: GuideSection): section is PackSection {
  return (PACK_SECTIONS as readonly GuideSection[]).includes(section);
}

/**
 * The teacher's guide, the role cards, the glossary, "what we invented and simplified" and the classroom pack
 * (one-page lesson plan, worksheet, rubric, answer keys, standards), one section at a time in one printable panel. Links between the documents (role-cards.md, invented.md, #glossary) switch
 * sections; the Print button prints the section shown (the print stylesheet prints only the open panel).
 */
export class GuidePanel {
  readonly panel: Panel;
  private readonly content: HTMLElement;
  private readonly tabs: HTMLElement;
  private section: GuideSection = 'guide';

  constructor(
    private readonly docs: GuideDocuments,
    private readonly glossary: readonly GlossaryEntry[],
    private readonly sources: SourceNames,
    private readonly t: ClassroomStrings,
    /** The label of the table of contents at the head of the guide and the role cards. */
    private readonly contentsLabel: string,
  ) {
    this.panel = new Panel({ id: 'teacher-guide', title: t.guideTitle, closeLabel: t.close, wide: true });
    this.tabs = el(
      'div',
      { className: 'archive-tabs guide-tabs', attrs: { role: 'group', 'aria-label': t.guideSections } },
      ...SECTIONS.map((s) => {
        const button = el(
          'button',
          { attrs: { type: 'button', 'data-section': s, 'aria-pressed': 'false' } },
          isPack(s) ? tabLabelOf(docs[s], s) : t.sections[s],
        );
        button.addEventListener('click', () => this.show(s));
        return button;
      }),
    );
    const print = el('button', { attrs: { type: 'button' } }, t.print);
    print.addEventListener('click', () => window.print());
    this.content = el('div', { className: 'guide-content', attrs: { role: 'region', 'aria-live': 'polite' } });
    this.panel.body.append(el('div', { className: 'panel-actions' }, print), this.tabs, this.content);
  }

  open(section: GuideSection = 'guide'): void {
    this.render(section);
    this.panel.open();
  }

  private show(section: GuideSection): void {
    this.render(section);
    this.tabs.querySelector<HTMLButtonElement>(`[data-section="${section}"]`)?.focus();
  }

  private render(section: GuideSection): void {
    this.section = section;
    for (const b of this.tabs.querySelectorAll('button'))
      b.setAttribute('aria-pressed', String(b.dataset['section'] === section));
    this.content.setAttribute(
      'aria-label',
      isPack(section) ? titleOf(this.docs[section], section) : this.t.sections[section],
    );
    this.content.dataset['section'] = section;
    // The print stylesheet lays out the pack's documents by this mark; other sections have none.
    if (isPack(section)) this.content.dataset['pack'] = section;
    else delete this.content.dataset['pack'];
    const onLink = (href: string): (() => void) | null => {
      if (href.includes('role-cards.md')) return () => this.show('roles');
      if (href.includes('invented.md')) return () => this.show('invented');
      if (href.includes('teacher-guide.md')) return () => this.show('guide');
      if (href === '#glossary') return () => this.show('glossary');
      if (href.startsWith('#')) {
        const target = href.slice(1);
        return () =>
          this.content.querySelector<HTMLElement>(`#md-${CSS.escape(target)}`)?.scrollIntoView({ block: 'start' });
      }
      return null;
    };
    switch (section) {
      case 'guide':
        this.content.replaceChildren(...this.withContents(parseMarkdown(this.docs.guide), onLink));
        break;
      case 'roles':
        this.content.replaceChildren(...this.withContents(parseMarkdown(this.docs.roles), onLink));
        this.content.querySelector('.md')?.replaceWith(asCards(this.content.querySelector('.md')));
        break;
      case 'invented':
        this.content.replaceChildren(markdownView(parseMarkdown(this.docs.invented), onLink));
        break;
      case 'glossary':
        this.content.replaceChildren(glossaryView(this.glossary, this.sources, this.t));
        break;
      case 'plan':
      case 'worksheet':
      case 'rubric':
      case 'answers':
      case 'standards':
        // The document's title heads it: it prints without the panel's heading, and Markdown's level-1 heading
        // is left out of the view (elsewhere the panel's title stands for it).
        this.content.replaceChildren(
          el('h3', { className: 'pack-title' }, titleOf(this.docs[section], section)),
          markdownView(parseMarkdown(this.docs[section]), onLink),
        );
        break;
    }
  }

  /**
   * A document with its table of contents first: a link to each section (level-2 heading). Following one scrolls
   * the panel to the section and moves focus to its heading, without changing the page's address.
   */
  private withContents(blocks: readonly Block[], onLink: (href: string) => (() => void) | null): HTMLElement[] {
    const view = markdownView(blocks, onLink);
    const sections = blocks.filter((b) => b.kind === 'heading' && b.level === 2);
    if (sections.length < 2) return [view];
    const links = sections.map((b) => {
      const id = `md-${b.kind === 'heading' ? b.id : ''}`;
      const link = el('a', { attrs: { href: `#${id}` } }, b.kind === 'heading' ? b.text : '');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = view.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
        if (!target) return;
        target.tabIndex = -1;
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      });
      return el('li', {}, link);
    });
    const label = `${this.panel.dialog.id}-contents`;
    return [
      el(
        'nav',
        { className: 'guide-contents', attrs: { 'aria-labelledby': label } },
        el('h3', { id: label }, this.contentsLabel),
        el('ol', {}, ...links),
      ),
      view,
    ];
  }

  get current(): GuideSection {
    return this.section;
  }
}

/**
 * The role cards as cards: each level-2 section (a role, and the closing comparison) in its own box, so the print
 * stylesheet can put several on a sheet with cut lines and never split one across pages. The text before the first
 * card (who the roles are) stays as it is.
 */
function asCards(md: Element | null): Element {
  const root = el('div', { className: 'md role-cards' });
  if (!md) return root;
  let card: HTMLElement | null = null;
  for (const node of [...md.children]) {
    if (node.tagName === 'H3') {
      card = el('section', { className: 'role-card', attrs: { 'aria-labelledby': node.id } });
      root.append(card);
    }
    (card ?? root).append(node);
  }
  return root;
}
