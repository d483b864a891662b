import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './common/paths';
import { ConfigError, describeVariables, loadConfig, variables } from './config';

describe('loadConfig', () => {
  it('has a working default for every variable in development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 4000, embedded: true, SEED_DEMO: true, GRAPHQL_INTROSPECTION: true });
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty" is invalid/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL="mysql:\/\/x" is invalid: must be a postgres:\/\/ URL/);
    expect(() => loadConfig({ MIGRATIONS_RUN: 'maybe' })).toThrow(/MIGRATIONS_RUN/);
  });

  it('requires a real JWT secret in production and never seeds demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) });
    expect(prod).toMatchObject({ production: true, SEED_DEMO: false, GRAPHQL_INTROSPECTION: false, GRAPHQL_SANDBOX: false });
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });

  it('listens on this machine only, outside production, unless HOST says otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) }).HOST).toBe('0.0.0.0');
  });

  it('has no public default JWT secret: unset outside production (generated per DATA_DIR), required in production', () => {
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET="short" is invalid/);
  });

  it('accepts an accelerated clock for tests only', () => {
    expect(loadConfig({ CLOCK_SPEEDUP: '10', CLOCK_ANCHOR: '2026-01-05T12:00:00Z' })).toMatchObject({
      CLOCK_SPEEDUP: 10,
      CLOCK_ANCHOR: new Date('2026-01-05T12:00:00Z'),
    });
    expect(loadConfig({}).CLOCK_SPEEDUP).toBe(1);
    expect(() => loadConfig({ CLOCK_ANCHOR: 'soon' })).toThrow(/CLOCK_ANCHOR="soon" is invalid/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), CLOCK_SPEEDUP: '10' })).toThrow(/CLOCK_SPEEDUP is a test setting/);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({ embedded: false, SEED_DEMO: false });
  });
});

describe('documentation of the configuration', () => {
  const names = Object.keys(variables);

  it('lists every variable in .env.example', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    for (const name of names) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('lists every variable in the README table with its description', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const row of describeVariables()) {
      expect(readme).toContain(`| \`${row.name}\` |`);
      expect(readme).toContain(row.description);
    }
  });
});
