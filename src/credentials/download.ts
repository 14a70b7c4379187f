/**
 * The control panel's API-credentials download: one `LABEL: value` per line, in any order (domain.md). Shared by
 * the credential pipeline (does a file hold it, where are its secrets) and `bc-lint import` (its values).
 */

export type DownloadLabel = 'ACCESS TOKEN' | 'CLIENT ID' | 'CLIENT SECRET' | 'API PATH' | 'CLIENT NAME' | 'NAME';

/** A file is the download when its lines hold at least this many different labels. */
const minimumLabels = 2;

export interface DownloadField {
  label: DownloadLabel;
  /** The value's offsets in the text, surrounding blanks left out; start === end for an empty value. */
  start: number;
  end: number;
  value: string;
}

const labelLine = /^[ \t]*(ACCESS TOKEN|CLIENT ID|CLIENT SECRET|API PATH|CLIENT NAME|NAME)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/dgm;

/** Every label line of the text, in order (a label given twice appears twice). */
export function downloadFields(text: string): DownloadField[] {
  const fields: DownloadField[] = [];
  for (const match of text.matchAll(labelLine)) {
    const [start, end] = match.indices![2]!;
    fields.push({ label: match[1] as DownloadLabel, start, end, value: match[2]! });
  }
  return fields;
}

/** Whether the text holds the download's layout: at least two different labels. */
export function isDownloadLayout(text: string): boolean {
  return new Set(downloadFields(text).map((field) => field.label)).size >= minimumLabels;
}

/** The labels whose values are secrets, with what to call them and the variable a connection file reads them from. */
export const downloadSecrets: Readonly<Partial<Record<DownloadLabel, { name: string; variable: string }>>> = {
  'ACCESS TOKEN': { name: 'access token', variable: 'BIGCOMMERCE_ACCESS_TOKEN' },
  'CLIENT SECRET': { name: 'client secret', variable: 'BIGCOMMERCE_CLIENT_SECRET' },
};
