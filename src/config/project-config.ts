import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ConfigError } from './find-config.js';
import picomatch from 'picomatch';
import validateConfig from '../generated/config-validator.js';
import { configFacts } from '../generated/schema-facts.js';
import type { LintOptions } from '../lint.js';
import { findBuiltinProfile } from '../model/profile-text.js';
import type { IntegrationProfile } from '../model/integration-profile.js';
import { scopeKeys } from '../model/scopes.js';
import { describeSchemaError, kindOf, type SchemaVocabulary } from '../model/schema-messages.js';
import type { SeveritySetting } from '../model/types.js';
import { parseConnectionSource, type ConnectionDocument } from '../parse/connection-document.js';
import { parsePointer } from '../parse/json-pointer.js';
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
    const words = vocabulary(document);
    const located = (validate.errors ?? []).flatMap((error) => {
      const problem = describeSchemaError(error, parsePointer(error.instancePath), words);
      if (!problem) return [];
      const { line, column } = problem.on === 'key' ? document.keyRange(problem.subject) : document.valueRange(problem.subject);
      return [{ line, column, message: `${shown}:${line}:${column}: ${problem.message}` }];
    });
    // In file order, as a user reads and fixes them (Ajv reports in the schema's order).
    const messages = located.sort((a, b) => a.line - b.line || a.column - b.column).map((problem) => problem.message);
    throw new ConfigError([...new Set(messages)].join('\n') || `${shown}: invalid config`);
  }
  return document.value as ConfigFile;
}

/** The project config's words for its schema errors. */
function vocabulary(document: ConnectionDocument): SchemaVocabulary {
  return {
    valueAt: (at) => document.get(at),
    unknownKey: (at) => {
      if (at.length === 1 && at[0] === 'rules') return { what: 'unknown rule', known: allRuleMetas.map((meta) => meta.id) };
      if (at.length === 3 && at[0] === 'integrations' && at[2] === 'needs') return { what: 'unknown scope key', known: scopeKeys };
      const known = at.length === 0 ? configFacts.topLevelKeys : at[0] === 'integrations' ? configFacts.integrationKeys : [];
      return { what: 'unknown key', known };
    },
    patternHint: (_at, onKey) => (onKey ? 'A profile name is lowercase letters, digits and hyphens.' : undefined),
    rootType: (value) => `the config must be a mapping of keys (rules:, ignore:, integrations:), not ${kindOf(value)}.`,
  };
}

function severities(rules: NonNullable<ConfigFile['rules']>): Record<string, SeveritySetting> {
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, severityOfWord[String(setting)]!]));
}

function customProfiles(integrations: NonNullable<ConfigFile['integrations']>, shown: string): IntegrationProfile[] {
  return Object.entries(integrations).map(([name, profile]) => {
    if (findBuiltinProfile(name)) {
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
