// Compiles an ink tree with the inkjs compiler (the one compiler used everywhere: Vite plugin, tests, tools).
// Contract: returns { json, errors, warnings, included, story }; `story` is the compiler's runtime Story (the same
// container tree as the JSON, plus debug metadata: file and line of each object), used by the convergence proof.
// Never throws for content errors, so callers can report them all.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

const AUTHOR = 0;
const WARNING = 1;

/** INCLUDEs resolve relative to the root file's folder (PosixFileHandler would resolve them against cwd). */
function folderFileHandler(rootFile) {
  const root = dirname(resolve(rootFile));
  return {
    ResolveInkFilename: (name) => resolve(root, name),
    LoadInkFileContents: (fullPath) => readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, ''),
  };
}

export function compileInkFile(rootFile) {
  const errors = [];
  const warnings = [];
  const included = [];
  const handler = folderFileHandler(rootFile);
  const tracking = {
    ResolveInkFilename: (name) => handler.ResolveInkFilename(name),
    LoadInkFileContents: (fullPath) => {
      included.push(fullPath);
      return handler.LoadInkFileContents(fullPath);
    },
  };
  const options = new CompilerOptions(
    resolve(rootFile),
    [],
    false,
    (message, type) => {
      if (type === AUTHOR) return;
      (type === WARNING ? warnings : errors).push(message);
    },
    tracking,
  );
  const source = readFileSync(rootFile, 'utf8').replace(/^\uFEFF/, '');
  let json = null;
  let story = null;
  try {
    story = new Compiler(source, options).Compile();
    json = story.ToJson();
  } catch (error) {
    if (errors.length === 0) errors.push(String(error?.message ?? error));
  }
  return { json, errors, warnings, included, story };
}

// CLI: node tools/ink/compile-ink.mjs [story/en/main.ink] → prints errors/warnings and the size.
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'story/en/main.ink';
  const { json, errors, warnings } = compileInkFile(file);
  for (const m of errors) console.error(m);
  for (const m of warnings) console.error(m);
  if (json)
    console.log(
      `${file}: compiled, ${json.length} bytes of JSON, ${errors.length} errors, ${warnings.length} warnings`,
    );
  process.exit(errors.length + warnings.length > 0 ? 1 : 0);
}
