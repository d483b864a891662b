// Module boundaries of the API, and no import cycles anywhere, checked by `npm run lint` (dependency-cruiser).
// api/test/boundaries.test.ts proves each rule fails on a deliberately wrong import.
const COMPOSITION_ROOT_USERS = ['^api/src/main\\.ts$', '^api/src/server\\.ts$', '^api/src/cli/', '^api/test/', '^bench/', '^storefront/e2e/', '^admin/e2e/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles in the API.',
      severity: 'error',
      from: { path: '^api/src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-web',
      comment: 'No import cycles in the web apps and their shared packages.',
      severity: 'error',
      from: { path: '^(storefront/src|admin/src|packages/[^/]+/src)/' },
      to: { circular: true },
    },
    {
      name: 'module-index-only',
      comment: 'A module imports another module only through its index.ts (its public surface).',
      severity: 'error',
      from: { path: '^api/src/modules/([^/]+)/' },
      to: { path: '^api/src/modules/([^/]+)/', pathNot: ['^api/src/modules/$1/', '^api/src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'module-index-only-outside',
      comment: 'Outside modules/<m>/, only modules/<m>/index.ts may be imported.',
      severity: 'error',
      from: { pathNot: '^api/src/modules/' },
      to: { path: '^api/src/modules/[^/]+/', pathNot: '^api/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'lower-layers-import-no-module',
      comment: 'common/, db/, providers/ and config.ts sit below the modules: they import none.',
      severity: 'error',
      from: { path: ['^api/src/common/', '^api/src/db/', '^api/src/providers/', '^api/src/config\\.ts$'] },
      to: { path: '^api/src/modules/' },
    },
    {
      name: 'composition-root-is-imported-by-edges-only',
      comment: 'Nothing imports app.ts (the composition root) but main, server, CLIs, tests and benches.',
      severity: 'error',
      from: { pathNot: [...COMPOSITION_ROOT_USERS, '^api/src/app\\.ts$'] },
      to: { path: '^api/src/app\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '(^|/)generated/', '\\.d\\.ts$'] },
    // Type-only imports count: they are arrows between modules too.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.vue', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
