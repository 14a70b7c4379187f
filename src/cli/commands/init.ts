import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar } from 'yaml';
import { bundledSchemaPath } from '../../files/bundled-schema.js';
import { isConnectionFileName } from '../../files/discover.js';
import { schemaFacts } from '../../generated/schema-facts.js';
import { builtinProfileNames, findBuiltinProfile } from '../../model/profile-text.js';
import type { IntegrationProfile } from '../../model/integration-profile.js';
import { closest } from '../../model/suggest.js';
import { placeholders, starterConnection } from '../../model/starter.js';
import { UsageError, type CliOptions } from '../options.js';

export const defaultConnectionFileName = 'bigcommerce.connection.yaml';

/**
 * `bc-lint init [--integration NAME] [path]`: writes a schema-valid starter connection file whose placeholders
 * placeholder-value reports until they are replaced; creates missing folders; never overwrites a file.
 */
export function runInitCommand(options: CliOptions): number {
  const profile = options.integration === undefined ? undefined : findProfile(options.integration);
  const file = outputPath(options.targets[0] ?? '.');
  const shown = path.relative(process.cwd(), file) || file;
  try {
    mkdirSync(path.dirname(file), { recursive: true }); // a folder named in the path is created, as `mkdir -p`
    writeFileSync(file, starterText(file, profile), { flag: 'wx' }); // wx: fail rather than overwrite
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shown} already exists; bc-lint init does not overwrite files`);
    throw new UsageError(`cannot write ${shown} (${code ?? (error as Error).message})`);
  }
  process.stdout.write(
    `Wrote ${shown}${profile ? ` with the scopes integration ${profile.name} needs` : ''}. ` +
      'Replace the values marked REPLACE (bc-lint reports each placeholder left until you do), then run bc-lint.\n',
  );
  if (!isConnectionFileName(file)) {
    process.stdout.write(
      `Note: bc-lint finds files named ${defaultConnectionFileName} or *.${defaultConnectionFileName} by itself; lint this one by its path.\n`,
    );
  }
  return 0;
}

function findProfile(name: string): IntegrationProfile {
  const profile = findBuiltinProfile(name);
  if (!profile) {
    const names = builtinProfileNames();
    const suggestion = closest(name, names);
    const known = names.join(', ');
    throw new UsageError(
      suggestion
        ? `unknown integration "${name}"; did you mean "${suggestion}"? (known integrations: ${known})`
        : `unknown integration "${name}"; known integrations: ${known}`,
    );
  }
  return profile;
}

/** A folder (existing, or written with a trailing slash) gets the default file name inside it. */
function outputPath(target: string): string {
  const isFolder = /[\\/]$/.test(target) || statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  return path.resolve(isFolder ? path.join(target, defaultConnectionFileName) : target);
}

function starterText(file: string, profile: IntegrationProfile | undefined): string {
  const doc = new Document(starterConnection(profile));
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaReference(file)}`,
    ` A BigCommerce connection, checked by bc-lint${profile ? `; integration ${profile.name}: ${profile.description}` : ''}.`,
    ' Create a store-level API account (Settings > API > Store-level API accounts) with the scopes below;',
    ' scopes cannot be changed after creation. Secrets stay out of this file: ${NAME} is read from the',
    ' environment or your vault at run time.',
    ' More connections: start each with --- and then the modeline above again (editors read it per document).',
  ].join('\n');
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const hint = isScalar(pair.key) ? placeholders[String(pair.key.value)]?.hint : undefined;
      if (hint && isScalar(pair.value)) pair.value.comment = ` ${hint}`;
    }
  }
  return doc.toString();
}

/**
 * The schema for the modeline: the copy of bc-lint installed in the file's project, by relative path so that
 * editors work offline; otherwise (npx, a global install, a clone) the published URL.
 */
export function schemaReference(file: string): string {
  const schema = bundledSchemaPath();
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = schema.lastIndexOf(marker);
  if (at !== -1) {
    const fromProject = path.relative(schema.slice(0, at), file);
    if (!fromProject.startsWith('..') && !path.isAbsolute(fromProject)) {
      const relative = path.relative(path.dirname(file), schema).split(path.sep).join('/');
      return relative.startsWith('.') ? relative : `./${relative}`;
    }
  }
  return schemaFacts.schemaId;
}
