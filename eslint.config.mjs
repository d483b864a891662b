// One lint configuration for the whole repository: TypeScript everywhere, Vue in the storefront, React in the
// admin, Prettier deciding the layout. `npm run lint` runs it with Prettier's check and the module boundaries.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'coverage/**', 'test-artifacts/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // TypeScript checks names itself; the core rule does not know DOM/lib types such as NotificationPermission.
    files: ['**/*.ts', '**/*.tsx', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['api/**/*.ts', 'migrations/**/*.ts', 'bench/**/*.ts', 'packages/e2e-support/src/**/*.ts', 'scripts/**/*.mjs', '*.mjs', '*.js', 'api/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Decorator metadata needs the runtime import of classes used only as types in decorated signatures.
    files: ['api/src/**/*.resolver.ts', 'api/src/**/*.types.ts', 'api/src/**/*.inputs.ts', 'api/src/**/*.entity.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.spec.ts', '**/*.e2e.ts', 'api/test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs', 'api/src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  ...vue.configs['flat/recommended'].map((config) => ({ ...config, files: ['storefront/**/*.vue'] })),
  {
    files: ['storefront/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    // The embeddable call button (/embed.js): plain browser JavaScript served as written.
    files: ['api/assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['storefront/src/**/*.{ts,vue}', 'admin/src/**/*.{ts,tsx}', 'packages/web-client/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['storefront/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['admin/**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['admin/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react/react-in-jsx-scope': 'off', 'react/prop-types': 'off' },
  },
  prettier,
);
