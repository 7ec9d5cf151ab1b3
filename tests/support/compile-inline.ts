import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

/** Compiles a small inline ink story with the real inkjs compiler; throws with the messages if it fails. */
export function compileInk(source: string): string {
  const messages: string[] = [];
  const options = new CompilerOptions(null, [], false, (message: string, type: number) => {
    if (type !== 0) messages.push(message);
  });
  try {
    const story = new Compiler(source, options).Compile();
    if (messages.length > 0) throw new Error(messages.join('\n'));
    return story.ToJson() as string;
  } catch (error) {
    throw new Error(`inline ink did not compile: ${messages.join('\n') || String(error)}`);
  }
}
