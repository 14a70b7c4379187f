import { ruleDocsUrl } from '../../rules/docs-url.js';
import { allRuleMetas } from '../../rules/index.js';

/**
 * `bc-lint rules [--format json]`: every rule with its default severity, whether it is fixable, and what it
 * reports; as JSON, one object per rule with its docs URL, for tools and editors.
 */
export function runRulesCommand(format = 'stylish'): number {
  if (format === 'json') {
    const rules = allRuleMetas.map((meta) => ({
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      description: meta.description,
      fixable: meta.fixable,
      docsUrl: ruleDocsUrl(meta.id),
    }));
    process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...allRuleMetas.map((meta) => meta.id.length));
  const rows = allRuleMetas.map(
    (meta) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.description}`,
  );
  process.stdout.write(`${'rule'.padEnd(width)}  default  fix      description\n${rows.join('\n')}\n`);
  return 0;
}
