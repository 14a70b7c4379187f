import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ConfigError } from './find-config.js';
import picomatch from 'picomatch';
import validateConfig from '../generated/config-validator.js';
import type { LintOptions } from '../lint.js';
import { builtinProfiles, type IntegrationProfile } from '../model/profiles.js';
import { scopeKeys } from '../model/scopes.js';
import { closest } from '../model/suggest.js';
import type { SeveritySetting } from '../model/types.js';
import { parseConnectionSource, parsePointer, type ConnectionDocument } from '../parse/connection-document.js';
import { SourcePositions } from '../parse/source-positions.js';
import { allRuleMetas } from '../rules/index.js';

/** What a project config contributes to a run. */
export interface ProjectSetup {
  /** The config file in use, if any. */
  configPath: string | undefined;
  lintOptions: Omit<LintOptions, 'today'>;
  /** True for files the config's `ignore:` globs exclude. */
  isIgnored(file: string): boolean;
}

/** The severities a config may write (contract v2): ESLint's words and numbers, plus `warning`. */
type SeverityWord = 'off' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;

const severityOfWord: Readonly<Record<string, SeveritySetting>> = {
  off: 'off',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  0: 'off',
  1: 'warning',
  2: 'error',
};

interface ConfigFile {
  rules?: Record<string, SeverityWord>;
  ignore?: string[];
  integrations?: Record<string, { description?: string; storefrontTokens?: boolean; needs: Record<string, string>; excess?: boolean }>;
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validate = validateConfig as unknown as Validator;

/** Loads and validates a project config file (found by find-config.ts or named with --config). */
export async function loadProjectSetup(cwd: string, configPath: string): Promise<ProjectSetup> {
  const shown = path.relative(cwd, configPath) || configPath;
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the config file ${shown} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const config = parseConfig(text, shown);
  return {
    configPath,
    lintOptions: {
      rules: severities(config.rules ?? {}),
      profiles: customProfiles(config.integrations ?? {}, shown),
    },
    isIgnored: ignoreMatcher(config.ignore ?? [], path.dirname(configPath), shown),
  };
}

function parseConfig(text: string, shown: string): ConfigFile {
  const parsed = parseConnectionSource(new SourcePositions(text));
  const [problem] = parsed.syntaxProblems;
  if (problem) {
    const { line, column } = parsed.positions.position(problem.start);
    throw new ConfigError(`${shown}:${line}:${column}: ${problem.message}`);
  }
  const [document] = parsed.documents;
  if (!document) return {}; // an empty config changes nothing
  if (!validate(document.value)) {
    // In file order, as a user reads and fixes them (Ajv reports in the schema's order).
    const errors = [...(validate.errors ?? [])].sort((a, b) => offsetOf(a, document) - offsetOf(b, document));
    const messages = errors.flatMap((error) => describe(error, document, shown) ?? []);
    throw new ConfigError([...new Set(messages)].join('\n') || `${shown}: invalid config`);
  }
  return document.value as ConfigFile;
}

/** Where an error's message points: the key for an unknown key, else the value. */
function offsetOf(error: ErrorObject, document: ConnectionDocument): number {
  const at = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const range =
    error.keyword === 'additionalProperties' ? document.keyRange([...at, String(params.additionalProperty)]) : document.valueRange(at);
  return range.line * 1e6 + range.column;
}

function describe(error: ErrorObject, document: ConnectionDocument, shown: string): string | undefined {
  const at = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const where = (keyPath: string[], onKey: boolean) => {
    const range = onKey ? document.keyRange(keyPath) : document.valueRange(keyPath);
    return `${shown}:${range.line}:${range.column}: ${keyPath.join('.') || '(top level)'}`;
  };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyPath = [...at, key];
      if (at.length === 1 && at[0] === 'rules') {
        const suggestion = closest(key, allRuleMetas.map((meta) => meta.id));
        return `${where(keyPath, true)}: unknown rule${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
      }
      if (at.length === 3 && at[0] === 'integrations' && at[2] === 'needs') {
        const suggestion = closest(key, scopeKeys);
        return `${where(keyPath, true)}: unknown scope key${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
      }
      const known = at.length === 0 ? ['rules', 'ignore', 'integrations'] : at[0] === 'integrations' ? ['description', 'storefrontTokens', 'needs', 'excess'] : [];
      const suggestion = closest(key, known);
      return `${where(keyPath, true)}: unknown key${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).join(', ');
      const value = document.get(at);
      if (at[0] === 'rules') return `${where(at, false)}: bad severity "${String(value)}"; use one of ${allowed}`;
      return `${where(at, false)}: "${String(value)}" is not one of ${allowed}`;
    }
    case 'required':
      return `${where(at, false)}: missing \`${String(params.missingProperty)}\``;
    case 'type':
      return `${where(at, false)}: must be ${params.type === 'object' ? 'a mapping' : params.type === 'array' ? 'a list' : `a ${String(params.type)}`}`;
    case 'propertyNames':
      return undefined; // reported by the pattern error on the name itself
    case 'pattern':
      if (error.propertyName !== undefined || at.length === 1) {
        return `${where([...at, String(error.propertyName ?? '')], true)}: a profile name is lowercase letters, digits and hyphens`;
      }
      return `${where(at, false)}: is not in the expected form`;
    case 'minLength':
      return `${where(at, false)}: must not be empty`;
    default:
      return `${where(at, false)}: ${error.keyword} check failed`;
  }
}

function severities(rules: NonNullable<ConfigFile['rules']>): Record<string, SeveritySetting> {
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, severityOfWord[String(setting)]!]));
}

function customProfiles(integrations: NonNullable<ConfigFile['integrations']>, shown: string): IntegrationProfile[] {
  return Object.entries(integrations).map(([name, profile]) => {
    if (builtinProfiles.some((builtin) => builtin.name === name)) {
      throw new ConfigError(`${shown}: integrations.${name}: \`${name}\` is a built-in profile; give the custom one another name`);
    }
    return {
      name,
      description: profile.description ?? `custom profile ${name}`,
      storefrontTokens: profile.storefrontTokens ?? false,
      needs: profile.needs,
      ...(profile.excess ? { allowed: profile.needs } : {}),
    };
  });
}

function ignoreMatcher(globs: string[], baseFolder: string, shown: string): (file: string) => boolean {
  const matchers = globs.map((glob, index) => {
    const bad = (reason: string) => new ConfigError(`${shown}: ignore[${index}]: bad glob "${glob}": ${reason}`);
    if (path.isAbsolute(glob) || glob.startsWith('../')) throw bad("globs are relative to the config file's folder");
    try {
      return picomatch(glob, { dot: true, strictBrackets: true });
    } catch (error) {
      throw bad((error as Error).message);
    }
  });
  if (matchers.length === 0) return () => false;
  return (file) => {
    const relative = path.relative(baseFolder, file).split(path.sep).join('/');
    return !relative.startsWith('../') && matchers.some((matches) => matches(relative));
  };
}
