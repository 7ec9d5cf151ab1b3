// Counts the story: prose words (ink syntax, tags and comments removed) and distinct choices, per file.
// Usage: node tools/story-stats.mjs [story/en]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function storyStats(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort();
  const rows = files.map((file) => {
    let words = 0;
    const choices = new Set();
    for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
      let line = raw
        .replace(/\/\/.*$/, '')
        .replace(/#[^#]*/g, ' ')
        .trim();
      if (/^(INCLUDE|VAR|LIST|CONST|~|===|=\s|->|<-)/.test(line)) continue;
      const choice = /^[*+]+\s*(\([^)]*\))?\s*(\{[^}]*\})?\s*(.*)$/.exec(line);
      if (choice) {
        choices.add(`${choices.size}:${choice[3]}`);
        line = choice[3].replace(/\[|\]/g, ' ');
      }
      line = line
        .replace(/^-+\s*(\([^)]*\))?/, '')
        .replace(/->\s*[\w.]+/g, ' ')
        .replace(/\{[^{}]*:/g, ' ')
        .replace(/[{}|]/g, ' ');
      words += line.split(/\s+/).filter((w) => /[A-Za-zÀ-ÿ]/.test(w)).length;
    }
    return { file, words, choices: choices.size };
  });
  return { rows, words: rows.reduce((s, r) => s + r.words, 0), choices: rows.reduce((s, r) => s + r.choices, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stats = storyStats(process.argv[2] ?? 'story/en');
  for (const r of stats.rows)
    console.log(`${r.file.padEnd(22)} ${String(r.words).padStart(7)} words ${String(r.choices).padStart(5)} choices`);
  console.log(
    `${'total'.padEnd(22)} ${String(stats.words).padStart(7)} words ${String(stats.choices).padStart(5)} choices`,
  );
}
