import type { Finding } from '../model/types.js';
import { closest, didYouMean } from '../model/suggest.js';
import { disableDirectiveMarker } from '../model/disable-directive-marker.js';
import type { YamlComment } from '../parse/guarded-compose.js';
import type { SourcePositions } from '../parse/source-positions.js';

/** An inline `# bc-lint-disable-next-line RULE[, RULE] -- reason` or `# bc-lint-disable-file RULE -- reason`. */
export interface DisableDirective {
  kind: 'next-line' | 'file';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason: string | undefined;
  line: number;
  column: number;
  endColumn: number;
}

const directivePattern = new RegExp(`^#\\s*${disableDirectiveMarker}-(next-line|file)(?=\\s|$)(.*)$`);

/**
 * Finds directives in real YAML comments (not in quoted or block scalars, which may contain `#`), as the parser
 * collected them.
 */
export function findDisableDirectives(positions: SourcePositions, comments: readonly YamlComment[]): DisableDirective[] {
  const directives: DisableDirective[] = [];
  for (const { offset, source } of comments) {
    const match = directivePattern.exec(source);
    if (!match) continue;
    const [list = '', reason] = match[2]!.split(/\s--(?:\s|$)/, 2);
    const range = positions.range(offset, offset + source.length);
    directives.push({
      kind: match[1] as DisableDirective['kind'],
      rules: list
        .split(',')
        .map((rule) => rule.trim())
        .filter(Boolean),
      reason: reason?.trim() || undefined,
      line: range.line,
      column: range.column,
      endColumn: range.endColumn,
    });
  }
  return directives;
}

export interface SuppressedFinding extends Finding {
  justification: string;
}

export interface DirectiveOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Unknown rule names, and (when asked for) directives that suppressed nothing. */
  problems: Finding[];
}

/** Applies directives to a file's findings. A fatal finding (the file could not be parsed) is never suppressed. */
export function applyDisableDirectives(
  findings: readonly Finding[],
  directives: readonly DisableDirective[],
  knownRules: readonly string[],
  reportUnused: boolean,
): DirectiveOutcome {
  const outcome: DirectiveOutcome = { kept: [], suppressed: [], problems: [] };
  const used = directives.map(() => new Set<string>());
  for (const finding of findings) {
    const index = finding.fatal || finding.ruleId === null ? -1 : directives.findIndex((directive) => covers(directive, finding));
    if (index === -1) {
      outcome.kept.push(finding);
      continue;
    }
    used[index]!.add(finding.ruleId!);
    outcome.suppressed.push({ ...finding, justification: directives[index]!.reason ?? '' });
  }
  directives.forEach((directive, index) => {
    const at = { line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.endColumn };
    const name = `${disableDirectiveMarker}-${directive.kind}`;
    for (const rule of directive.rules) {
      if (knownRules.includes(rule)) continue;
      outcome.problems.push({
        ruleId: null,
        severity: 'error',
        message: `unknown rule \`${rule}\` in ${name}${didYouMean(closest(rule, knownRules), '.')}`,
        ...at,
      });
    }
    if (!reportUnused) return;
    const unused =
      directive.rules.length === 0
        ? used[index]!.size === 0
          ? ['any rule']
          : []
        : directive.rules.filter((rule) => knownRules.includes(rule) && !used[index]!.has(rule));
    for (const rule of unused) {
      const where = directive.kind === 'next-line' ? `on line ${directive.line + 1}` : 'in this file';
      outcome.problems.push({
        ruleId: null,
        severity: 'error',
        message: `unused ${name} directive: no ${rule === 'any rule' ? '' : `\`${rule}\` `}finding ${where} to suppress.`,
        ...at,
      });
    }
  });
  return outcome;
}

function covers(directive: DisableDirective, finding: Finding): boolean {
  if (directive.rules.length > 0 && !directive.rules.includes(finding.ruleId!)) return false;
  return directive.kind === 'file' || finding.line === directive.line + 1;
}
