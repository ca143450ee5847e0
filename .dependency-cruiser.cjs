// The edges between the parts of src/ (ADR 0018), checked by `npm run lint`:
// no import circles; another module only through its index.ts (the app wiring also through module.ts);
// the platform below every module. test/module-edges.test.ts shows that each rule catches what it should.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'An import circle (type-only imports count too) ties its files together: none can be understood, ' +
        'loaded or moved on its own. Move what both sides need into a file (or module) they both import.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'module-through-index',
      comment:
        "Another module is reached through its index.ts, which says what it offers; its commands, db and " +
        "http files are its own business. (A module's db/tables.ts may name another's column types: see below.)",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '^src/modules/[^/]+/db/tables[.]ts$' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index[.]ts$'] },
    },
    {
      name: 'tables-name-only-tables',
      comment: "A module's table types may reuse another module's column types (db/tables.ts), and nothing else of it.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/db/tables[.]ts$' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/db/tables[.]ts$'] },
    },
    {
      name: 'app-wiring-entry-points',
      comment:
        'Outside the modules, a module is reached through its index.ts; only the composition root (src/main.ts) ' +
        'takes its module.ts (routes, processes, pollers), and only src/db-schema.ts its db/tables.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/modules/', '^src/main[.]ts$', '^src/db-schema[.]ts$'] },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/index[.]ts$' },
    },
    {
      name: 'main-takes-index-and-module',
      severity: 'error',
      from: { path: '^src/main[.]ts$' },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/(index|module)[.]ts$' },
    },
    {
      name: 'db-schema-takes-tables',
      severity: 'error',
      from: { path: '^src/db-schema[.]ts$' },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/db/tables[.]ts$' },
    },
    {
      name: 'platform-below-modules',
      comment:
        'The platform has no warehouse words: it never imports a module (the joined table types of ' +
        'src/db-schema.ts and the migrations are its only ways out of src/platform).',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/', pathNot: ['^src/platform/', '^src/db-schema[.]ts$', '^src/migrations/'] },
    },
    {
      name: 'composition-root-on-top',
      comment: 'Modules and migrations never import the files that compose the app (main.ts, cli.ts, the demo).',
      severity: 'error',
      from: { path: '^src/(modules|migrations)/' },
      to: { path: '^src/[^/]+[.]ts$', pathNot: '^src/(db-schema|version)[.]ts$' },
    },
  ],
  options: {
    // Type-only imports are edges too: they say what a file needs to be understood.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Some packages export only under the "import" condition (typebox).
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
