// Writes the schema's defaultSnippets from the integration profiles (src/model/starter.ts), so an editor snippet
// inserts the same clean starter as `bc-lint init`. Run `npm run schema:snippets` after changing a profile; a test
// fails while the schema is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinProfiles } from '../build/src/model/profiles.js';
import { starterSnippet } from '../build/src/model/starter.js';

const file = new URL('../schemas/bigcommerce.connection.schema.json', import.meta.url);
const { defaultSnippets: _previous, ...schema } = JSON.parse(readFileSync(file, 'utf8'));
const snippets = [starterSnippet(), ...builtinProfiles.map((profile) => starterSnippet(profile))];
const entries = Object.entries(schema);
entries.splice(entries.findIndex(([key]) => key === 'markdownDescription') + 1, 0, ['defaultSnippets', snippets]);
writeFileSync(file, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
