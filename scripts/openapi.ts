/**
 * `npm run openapi`: writes the API's OpenAPI document to docs/openapi.json, formatted by
 * Prettier so the committed file passes `prettier --check`. A test keeps it equal to the code.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildOpenApiDocument } from '../shared/api/openapi.ts';

const file = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const config = await resolveConfig(file);
await writeFile(file, await format(JSON.stringify(buildOpenApiDocument()), { ...config, filepath: file }));
console.log(`Wrote ${file}`);
