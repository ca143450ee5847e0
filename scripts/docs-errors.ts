/**
 * Prints the error catalog table from the registry; with `--write`, replaces the table in docs/errors.md.
 * Usage: npm run docs:errors [-- --write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ERRORS_DOC, loadRegisteredErrors, renderErrorTable, withCatalogTable } from '../test/support/error-catalog.js';

const table = renderErrorTable(await loadRegisteredErrors());
if (process.argv.includes('--write')) {
  writeFileSync(ERRORS_DOC, withCatalogTable(readFileSync(ERRORS_DOC, 'utf8'), table));
  console.log(`updated ${ERRORS_DOC.pathname}`);
} else {
  console.log(table);
}
