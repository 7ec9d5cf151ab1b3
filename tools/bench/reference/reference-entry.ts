// The benchmark's reference page (issue 10): the fastest an ink game can show text. It fetches the same compiled
// story JSON the game uses, runs it to the first choice and prints the lines and choices as plain DOM text.
// No styles, fonts, save system or pictures. Built by tools/bench/build.mjs into .out/bench/reference/.
import { Story } from 'inkjs';

const storyPanel = document.getElementById('story');
const choicePanel = document.getElementById('choices');
const response = await fetch('./story.json');
const story = new Story(await response.text());
const lines: HTMLParagraphElement[] = [];
while (story.canContinue) {
  const text = (story.Continue() ?? '').trim();
  if (text === '') continue;
  const p = document.createElement('p');
  p.textContent = text;
  lines.push(p);
}
storyPanel?.append(...lines);
choicePanel?.append(
  ...story.currentChoices.map((choice) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = choice.text;
    return button;
  }),
);
