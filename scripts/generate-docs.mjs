// Writes the parts of README.md, docs/ and the connection schema that are made from the rule and profile data
// (src/rules, src/model/profiles.ts), from the compiled build: run `npm run generate:docs` after changing a rule's
// metadata or a profile. `--check` changes nothing and fails when a generated part is stale (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinProfiles } from '../build/src/model/profiles.js';
import { profileExcess, profileNeeds } from '../build/src/model/profile-text.js';
import { starterSnippet } from '../build/src/model/starter.js';
import { allRuleMetas } from '../build/src/rules/index.js';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const cell = (text) => text.replace(/\|/g, '\\|');

const rulesTable = [
  '| rule | default | fix | what it reports |',
  '|---|---|---|---|',
  ...allRuleMetas.map(
    (meta) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${meta.fixable ? 'fixable' : ''} | ${cell(meta.description)} |`,
  ),
].join('\n');

const profilesTable = [
  '| name | what it is | storefront tokens | needs (at least) | excess |',
  '|---|---|---|---|---|',
  ...builtinProfiles.map(
    (profile) =>
      `| \`${profile.name}\` | ${cell(profile.description)} | ${profile.storefrontTokens ? 'yes' : 'no'} | ${cell(profileNeeds(profile))} | ${cell(profileExcess(profile))} |`,
  ),
].join('\n');

/** The text between `<!-- name:start -->` and `<!-- name:end -->` replaced. */
function withRegion(text, name, content, file) {
  const region = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!region.test(text)) throw new Error(`${file} has no <!-- ${name}:start --> ... <!-- ${name}:end --> region`);
  return text.replace(region, (_all, start, end) => `${start}${content}\n${end}`);
}

function schemaText(text) {
  const { defaultSnippets: _previous, ...schema } = JSON.parse(text);
  const names = builtinProfiles.map((profile) => profile.name);
  Object.assign(schema.properties.integration, {
    examples: names,
    description: `The integration profile whose needs are checked: ${names.join(', ')}, or one defined in the project config.`,
    markdownDescription: [
      'The integration profile whose needs bc-lint checks (rules `integration-requirements` and `excess-scopes`):',
      '',
      ...builtinProfiles.map((profile) => `- \`${profile.name}\`: ${profile.description}. Needs ${profileNeeds(profile)}.`),
      '',
      'or a profile defined in the project config.',
    ].join('\n'),
  });
  const snippets = [starterSnippet(), ...builtinProfiles.map((profile) => starterSnippet(profile))];
  const entries = Object.entries(schema);
  entries.splice(entries.findIndex(([key]) => key === 'markdownDescription') + 1, 0, ['defaultSnippets', snippets]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

const outputs = {
  'README.md': (text, file) => withRegion(withRegion(text, 'rules', rulesTable, file), 'profiles', profilesTable, file),
  'docs/rules/integration-requirements.md': (text, file) => withRegion(text, 'profiles', profilesTable, file),
  'schemas/bigcommerce.connection.schema.json': schemaText,
};

const stale = [];
for (const [file, generate] of Object.entries(outputs)) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const generated = generate(text, file);
  if (generated === text) continue;
  stale.push(file);
  if (!check) writeFileSync(url, generated);
}
if (check && stale.length > 0) {
  console.error(`Generated parts are stale in ${stale.join(', ')}: run 'npm run generate:docs' and commit the result.`);
  process.exit(1);
}
if (!check) console.log(stale.length > 0 ? `updated ${stale.join(', ')}` : 'generated parts are up to date');
