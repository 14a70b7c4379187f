import type { FileReport } from '../model/types.js';
import { annotationFileName, escapeCommandData, escapeCommandProperty, escapeLogText } from './escape.js';
import type { Formatter } from './formatter.js';
import { repoRelativePath } from './relative-path.js';

/** Title of an annotation whose finding has no rule: a file that could not be read. */
export const unreadableFileTitle = 'bc-lint';

/** One finding as a GitHub annotation, in the terms of @actions/core's AnnotationProperties. */
export interface Annotation {
  kind: 'error' | 'warning';
  message: string;
  /** The rule ID. */
  title: string;
  /** Relative to the repository root, with forward slashes. */
  file: string;
  startLine: number;
  endLine: number;
  /** Set on one-line ranges only: the runner drops columns when line and endLine differ. */
  startColumn?: number;
  endColumn?: number;
}

/**
 * Every finding as an annotation, in report order, paths relative to root. Message and title show control
 * characters as visible escapes (the runner echoes them into the log); see annotationFileName for the file.
 */
export function toAnnotations(reports: readonly FileReport[], root: string): Annotation[] {
  return reports.flatMap((report) =>
    report.findings.map((finding) => ({
      kind: finding.severity,
      message: escapeLogText(finding.message),
      title: escapeLogText(finding.ruleId ?? unreadableFileTitle),
      file: annotationFileName(repoRelativePath(report.filePath, root)),
      startLine: finding.line,
      endLine: finding.endLine,
      ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    })),
  );
}

// Escaping as @actions/core's command.ts does it, so a message or path cannot end or split the command.
export { escapeCommandData as escapeData, escapeCommandProperty as escapeProperty } from './escape.js';

/** `::error file=...,line=...,endLine=...,col=...,endColumn=...,title=RULE::message` */
export function workflowCommand(annotation: Annotation): string {
  const properties: Array<[string, string | number | undefined]> = [
    ['file', annotation.file],
    ['line', annotation.startLine],
    ['endLine', annotation.endLine],
    ['col', annotation.startColumn],
    ['endColumn', annotation.endColumn],
    ['title', annotation.title],
  ];
  const written = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`);
  return `::${annotation.kind} ${written.join(',')}::${escapeCommandData(annotation.message)}`;
}

/** Workflow commands that GitHub Actions turns into annotations, for `npx bc-lint` run in a step. */
export const formatGithub: Formatter = (reports, context) =>
  toAnnotations(reports, context.cwd)
    .map((annotation) => `${workflowCommand(annotation)}\n`)
    .join('');
