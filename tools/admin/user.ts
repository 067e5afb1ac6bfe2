/**
 * `npm run -s user -- create --email E --role central_office|agency_manager|leadership [--agency CODE]
 * [--password-stdin]`: creates a user and prints a generated password once (or takes one from
 * stdin, which must pass the password policy of docs/security.md). Uses `DATABASE_URL`, else the
 * `npm start` database.
 */
import { createUser, parseUserInput } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl } from './resolve-database-url';

const USAGE =
  'usage: npm run -s user -- create --email E --role central_office|agency_manager|leadership [--agency CODE] [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if (positionals[0] !== 'create') {
    console.error(USAGE);
    process.exit(2);
  }
  const input = parseUserInput({ email: values.email, role: values.role, agency: values.agency });
  const password = values['password-stdin'] ? await readStdin() : undefined;
  const dataSource = await createDataSource(resolveDatabaseUrl()).initialize();
  try {
    const created = await dataSource.transaction((manager) => createUser(manager, input, 'command:user', password));
    console.error(`Created ${created.user.role} ${created.user.email}${created.user.agency ? ` of ${created.user.agency}` : ''}.`);
    if (!password) console.log(created.password);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const details = (error as { response?: { message?: string } }).response?.message;
  console.error(details ?? (error instanceof Error ? error.message : String(error)));
  process.exit(1);
});
