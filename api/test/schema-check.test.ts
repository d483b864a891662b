import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/common/paths';

/** `npm run schema:check` (the built CLI) against a contract that still has a field the code no longer has. */
const cli = join(repoRoot, 'api', 'dist', 'api', 'src', 'cli', 'schema.js');
const check = (...args: string[]) => spawnSync(process.execPath, [cli, 'check', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('npm run schema:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutely-schema-'));
  const committed = readFileSync(join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
  // The committed contract plus a field: as if the code had just removed `Creator.legacyRating`.
  const withField = committed.replace(/^type Creator \{\n/m, 'type Creator {\n  """Old rating."""\n  legacyRating: Int\n\n');
  const contract = join(dir, 'schema.graphql');
  writeFileSync(contract, withField);

  it('passes on the committed schema', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on a removed field the changelog does not record, naming it', () => {
    expect(withField).not.toBe(committed);
    const changelog = join(dir, 'CHANGELOG-empty.md');
    writeFileSync(changelog, '# Schema changelog\n');
    const result = check('--schema', contract, '--changelog', changelog);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Breaking schema changes');
    expect(result.stderr).toContain('Creator.legacyRating was removed.');
    expect(result.stderr).toContain('- BREAKING `Creator.legacyRating`');
  });

  it('lets the removal through once recorded (then only asks for the contract to be re-emitted)', () => {
    const changelog = join(dir, 'CHANGELOG-recorded.md');
    writeFileSync(changelog, '# Schema changelog\n- BREAKING `Creator.legacyRating`: removed after 90 days deprecated.\n');
    const result = check('--schema', contract, '--changelog', changelog);
    expect(result.stderr).not.toContain('Breaking schema changes');
    expect(result.stderr).toContain('stale');
    expect(result.status).toBe(1);
  });
});
