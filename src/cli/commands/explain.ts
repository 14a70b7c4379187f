import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../../files/package-root.js';
import { closest, didYouMean } from '../../model/suggest.js';
import { ruleMetaById } from '../../rules/index.js';
import { UsageError } from '../options.js';

/** `bc-lint explain <rule>`: the rule's documentation page, for reading in the terminal. */
export async function runExplainCommand(ruleId: string | undefined, color: boolean): Promise<number> {
  const ids = [...ruleMetaById.keys()];
  if (ruleId === undefined) throw new UsageError(`explain needs a rule id: ${ids.join(', ')}`);
  if (!ruleMetaById.has(ruleId)) {
    throw new UsageError(`unknown rule "${ruleId}"${didYouMean(closest(ruleId, ids), `; rules: ${ids.join(', ')}`)}`);
  }
  const page = await readFile(path.join(packageRoot(), 'docs', 'rules', `${ruleId}.md`), 'utf8');
  process.stdout.write(renderMarkdown(page, color));
  return 0;
}

/** Just enough Markdown for a terminal: headings stand out, code blocks are indented, fences dropped. */
function renderMarkdown(markdown: string, color: boolean): string {
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  let fenceIndent: number | undefined;
  const lines = markdown.split(/\r?\n/).flatMap((line) => {
    const fence = /^(\s*)```/.exec(line);
    if (fence) {
      fenceIndent = fenceIndent === undefined ? fence[1]!.length : undefined;
      return [];
    }
    if (fenceIndent !== undefined) return [`${' '.repeat(fenceIndent + 4)}${line.slice(fenceIndent)}`];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) return [heading[1]!.length === 1 ? bold(heading[2]!.toUpperCase()) : bold(heading[2]!)];
    return [line];
  });
  return lines.join('\n').replace(/\n*$/, '\n');
}
