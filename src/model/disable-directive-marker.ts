/** What starts an inline suppression comment (`# bc-lint-disable-next-line ...`, `# bc-lint-disable-file ...`). */
export const disableDirectiveMarker = 'bc-lint-disable';
