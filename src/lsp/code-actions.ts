import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintPositions } from './lint-positions.js';
import { rangesTouch } from './lint-positions.js';
import type { ShownFinding } from './document-linter.js';

/** "Fix all in this file", as VS Code's editor.codeActionsOnSave names it. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.bc-lint`;

/** True when a requested kind filter (`context.only`) lets this kind through (LSP kinds are dot-separated prefixes). */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** The quick fix of a fixable finding: its exact edit, linked to its diagnostic. */
export function fixAction(uri: string, shown: ShownFinding, positions: LintPositions): CodeAction | undefined {
  const { finding, diagnostic } = shown;
  if (!finding.fix) return undefined;
  const edit: TextEdit = { range: positions.offsetRange(finding.fix.range), newText: finding.fix.text };
  return {
    title: `Fix this ${finding.ruleId} problem`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [uri]: [edit] } },
  };
}

const nextLineDirective = /^(\s*#\s*bc-lint-disable-next-line)(?=\s|$)(.*)$/;

/**
 * "Disable <rule> for this line": a `# bc-lint-disable-next-line <rule> -- reason` comment above the finding's
 * first line, indented like it. When that line already has such a comment, the rule joins its list instead (a
 * second comment would become the first one's "next line").
 */
export function disableAction(uri: string, shown: ShownFinding, positions: LintPositions): CodeAction | undefined {
  const { finding, diagnostic } = shown;
  // A file that cannot be parsed is always reported; there is no directive for it.
  if (finding.ruleId === null || finding.fatal) return undefined;
  const rule = finding.ruleId;
  const title = `Disable ${rule} for this line`;
  const action = (edit: TextEdit): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } });

  const previous = finding.line > 1 ? nextLineDirective.exec(positions.lineText(finding.line - 1)) : null;
  if (previous) {
    const [, head = '', tail = ''] = previous;
    const [list = '', reason] = tail.split(/\s--(?:\s|$)/, 2);
    const rules = list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (rules.length === 0 || rules.includes(rule)) return undefined; // it already covers the rule
    const listEnd = positions.lineStart(finding.line - 1) + head.length + list.trimEnd().length;
    const at = positions.positionAt(listEnd);
    return action({ range: { start: at, end: at }, newText: `, ${rule}${reason === undefined ? ' -- reason' : ''}` });
  }
  const lineText = positions.lineText(finding.line);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const lineStart = positions.lineStart(finding.line);
  const lineBreak = positions.lintText.slice(lineStart + lineText.length, lineStart + lineText.length + 2) === '\r\n' ? '\r\n' : '\n';
  const at = positions.positionAt(lineStart);
  return action({ range: { start: at, end: at }, newText: `${indent}# bc-lint-disable-next-line ${rule} -- reason${lineBreak}` });
}

/** "Fix all in this file": the document becomes the text `bc-lint --fix` writes, changing only the lines that differ. */
export function fixAllAction(uri: string, document: TextDocument, fixed: string, diagnosticsFixed: ShownFinding[]): CodeAction {
  const edit = wholeLineEdit(document, fixed);
  return {
    title: 'Fix all bc-lint problems in this file',
    kind: fixAllKind,
    diagnostics: diagnosticsFixed.map((shown) => shown.diagnostic),
    edit: { changes: { [uri]: [edit] } },
  };
}

/** One edit that turns the document's text into `after`, replacing whole lines between a common head and tail. */
function wholeLineEdit(document: TextDocument, after: string): TextEdit {
  const before = document.getText();
  let head = 0;
  for (let i = 0; i < Math.min(before.length, after.length) && before[i] === after[i]; i++) if (before[i] === '\n') head = i + 1;
  let tail = 0; // length of the common end, starting right after a line break (or the whole text)
  for (let i = 1; i <= Math.min(before.length, after.length) - head && before[before.length - i] === after[after.length - i]; i++) {
    const start = before.length - i;
    if (start === 0 || before[start - 1] === '\n') tail = i;
  }
  const range: Range = { start: document.positionAt(head), end: document.positionAt(before.length - tail) };
  return { range, newText: after.slice(head, after.length - tail) };
}

/** The findings whose diagnostic touches the requested range. */
export function findingsIn(findings: readonly ShownFinding[], range: Range): ShownFinding[] {
  return findings.filter((shown) => rangesTouch(shown.diagnostic.range, range));
}
