import { scopeLevels } from './scopes.js';

/**
 * A scope level not chosen yet: what `bc-lint import` writes, since the API-credentials download does not list the
 * account's scopes. The schema check reports it as still to decide, pointing at the control panel.
 */
export const scopePlaceholder = 'REPLACE';

export function isScopePlaceholder(level: unknown): boolean {
  return typeof level === 'string' && (/REPLACE|^<.*>$|^x{3,}$/i.test(level) || /^(todo|tbd|choose)$/i.test(level));
}

/** The control panel's row for a scope key: `sitesAndRoutes` is "Sites & routes". */
function scopeRow(scope: string): string {
  const words = scope
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .split(' ');
  const row = words.map((word) => (word === 'and' ? '&' : word === 'api' ? 'API' : word)).join(' ');
  return row.charAt(0).toUpperCase() + row.slice(1);
}

export function scopeStillToDecide(scope: string): string {
  const levels = (scopeLevels[scope] ?? []).map((level) => `\`${level}\``);
  const list = levels.length > 1 ? `${levels.slice(0, -1).join(', ')} or ${levels.at(-1)}` : levels.join('');
  return (
    `\`scopes.${scope}\` is still to decide: set the level of the "${scopeRow(scope)}" row of this API account, ` +
    `shown in the control panel under Settings > API > Store-level API accounts (${list}).`
  );
}
