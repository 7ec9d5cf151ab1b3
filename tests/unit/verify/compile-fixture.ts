// Compiles an inline ink fixture with the inkjs compiler (the project's one compiler) and fails loudly on any
// compiler error or warning, so a fixture that does not say what the test thinks it says cannot pass silently.
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

export function compileFixture(source: string): string {
  const problems: string[] = [];
  const options = new CompilerOptions(null, [], false, (message: string, type: number) => {
    if (type !== 0) problems.push(message);
  });
  let json: string | null = null;
  try {
    json = new Compiler(source, options).Compile().ToJson() ?? null;
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!json || problems.length > 0) throw new Error(`fixture did not compile:\n${problems.join('\n')}`);
  return json;
}
