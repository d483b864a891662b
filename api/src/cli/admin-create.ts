import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { CreateStaffAccountInput, type Role } from '../modules/identity';

/**
 * `npm run admin:create -- --email a@b.c --password … --handle name [--name "Display"] [--role MODERATOR]`
 * Creates a staff account, the only way besides an ADMIN's createStaffAccount mutation.
 */
async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      handle: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'ADMIN' },
    },
  });
  const input = Object.assign(new CreateStaffAccountInput(), {
    email: values.email ?? '',
    password: values.password ?? '',
    handle: values.handle ?? '',
    displayName: values.name ?? values.handle ?? '',
    role: values.role as Role,
  });
  const problems = await validate(input);
  if (problems.length) {
    const messages = problems.flatMap((p) => Object.values(p.constraints ?? {}));
    throw new Error(`${messages.join('; ')}\nusage: npm run admin:create -- --email E --password P --handle H [--name N] [--role ADMIN|MODERATOR]`);
  }
  const app = await createApp(loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }));
  try {
    const account = await app.identity.createStaffAccount(app.contexts.system('cli'), input);
    process.stdout.write(`created ${account.role} ${account.email} (${account.id})\n`);
  } finally {
    await app.db.close();
  }
}

run().catch((err) => {
  process.stderr.write(`admin:create failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
