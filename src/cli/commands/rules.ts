import { ruleDocsUrl } from '../../model/docs-url.js';
import { builtinProfiles } from '../../model/profiles.js';
import { allRuleMetas } from '../../rules/index.js';

/** Rows padded to the widest first column. */
function columns(header: string, rows: [string, string][]): string {
  const width = Math.max(header.length, ...rows.map(([first]) => first.length));
  return rows.map(([first, rest]) => `${first.padEnd(width)}  ${rest}`).join('\n');
}

/**
 * `bc-lint rules [--format json]`: every rule with its default severity, whether it is fixable, and what it
 * reports, then the built-in integration profiles that `integration:` names; as JSON, one object per rule with
 * its docs URL, for tools and editors.
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
  const rules = columns('rule', [
    ['rule', 'default  fix      description'],
    ...allRuleMetas.map((meta): [string, string] => [
      meta.id,
      `${meta.defaultSeverity.padEnd(7)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.description}`,
    ]),
  ]);
  const profiles = columns('integration', [
    ['integration', 'what it is (checked by integration-requirements and excess-scopes)'],
    ...builtinProfiles.map((profile): [string, string] => [profile.name, profile.description]),
  ]);
  process.stdout.write(`${rules}\n\n${profiles}\n`);
  return 0;
}
