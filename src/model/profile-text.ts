import type { IntegrationProfile } from './integration-profile.js';
import { builtinProfiles } from './profiles.js';

/**
 * The built-in profiles in words, from their data: init's help, `bc-lint rules`, the schema's `integration`
 * descriptions and the README's profile table are all made here, so a new profile needs no other edit.
 */

export function builtinProfileNames(): string[] {
  return builtinProfiles.map((profile) => profile.name);
}

export function findBuiltinProfile(name: string): IntegrationProfile | undefined {
  return builtinProfiles.find((profile) => profile.name === name);
}

/** "a, b and c at modify" style lists, grouped by level in the profile's order. */
function byLevel(scopes: Readonly<Record<string, string>>, suffix = ''): string[] {
  const groups = new Map<string, string[]>();
  for (const [scope, level] of Object.entries(scopes)) groups.set(level, [...(groups.get(level) ?? []), scope]);
  return [...groups].map(([level, names]) => `${names.join(', ')} ${level}${suffix}`);
}

/**
 * What the profile needs at least: auth type, fields, scope levels (and levels that apply when granted).
 * @public scripts/generate-docs.mjs imports it from the compiled build, where knip cannot follow.
 */
export function profileNeeds(profile: IntegrationProfile): string {
  return [
    ...(profile.authType ? [`\`authType: ${profile.authType}\``] : []),
    ...(profile.fields ?? []).map((field) => `\`${field}\``),
    ...byLevel(profile.needs),
    ...byLevel(profile.ifGranted ?? {}, ' if granted'),
  ].join('; ');
}

/**
 * Which scopes count as excess for excess-scopes.
 * @public scripts/generate-docs.mjs imports it from the compiled build, where knip cannot follow.
 */
export function profileExcess(profile: IntegrationProfile): string {
  if (!profile.allowed) return 'not checked';
  return `above ${byLevel(profile.allowed).join('; ')}; any other scope above its lowest level`;
}
