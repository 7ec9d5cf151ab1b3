// The shape of a compiled ink story with its prose blanked out: knots, stitches, choices, diverts, logic and
// tags stay; text becomes "^". Two languages of one story must have the same shape (the parity check).
const TEXT_MARK = '^';

/** Returns the compiled JSON's root with every non-tag text run replaced by "^". */
export function storyShape(json) {
  const blank = (node) => {
    if (Array.isArray(node)) {
      const out = [];
      let inTag = false;
      for (const item of node) {
        if (item === '#') inTag = true;
        else if (item === '/#') inTag = false;
        if (!inTag && typeof item === 'string' && item.startsWith(TEXT_MARK)) out.push(TEXT_MARK);
        else out.push(blank(item));
      }
      return out;
    }
    if (node && typeof node === 'object') {
      const out = {};
      for (const [key, value] of Object.entries(node)) out[key] = blank(value);
      return out;
    }
    return node;
  };
  const parsed = JSON.parse(json);
  return blank(parsed.root);
}

/** Tags that must differ between languages (the language itself). */
const LANGUAGE_TAG = /^\^\s*lang:/;

/** First place where two shapes differ, as a readable path, or null when they match. */
export function firstDifference(a, b, path = 'root') {
  if (typeof a === 'string' && typeof b === 'string' && LANGUAGE_TAG.test(a) && LANGUAGE_TAG.test(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!(key in a)) return `${path}.${key}: only in the second story`;
      if (!(key in b)) return `${path}.${key}: only in the first story`;
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
