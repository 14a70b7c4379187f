import { allRuleMetas } from '../../rules/index.js';

/** `bc-lint rules`: every rule with its default severity, whether it is fixable, and what it reports. */
export function runRulesCommand(): number {
  const width = Math.max(...allRuleMetas.map((meta) => meta.id.length));
  const rows = allRuleMetas.map(
    (meta) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.description}`,
  );
  process.stdout.write(`${'rule'.padEnd(width)}  default  fix      description\n${rows.join('\n')}\n`);
  return 0;
}
