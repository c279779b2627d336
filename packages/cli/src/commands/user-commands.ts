// tamga user create|list|disable|enable|passwd|unlock: account administration.
import type { Command } from 'commander';
import type { TamgaClient } from '@tamga/api';
import { CliError } from '../connection';
import { printJson, printTable } from '../output';
import { readSecret } from '../read-secret';
import { withClient } from '../run-action';

async function userId(client: TamgaClient, username: string): Promise<string> {
  const users = await client.call('listUsers');
  const user = users.find((u) => u.username === username.toLowerCase());
  if (!user) throw new CliError(`No user named ${username}`);
  return user.id;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage accounts (administrators)');

  user
    .command('create <username>')
    .description('create an account; without --password-file a one-time password is printed')
    .requiredOption('--role <role>', 'admin, supervisor, investigator, examiner, prosecutor, auditor or trainee')
    .option('--display-name <name>', 'full name as shown to colleagues')
    .option('--password-file <file>', "read the password from this file ('-' for standard input)")
    .action(
      withClient(async ({ client }, options, username: string) => {
        const password = options.passwordFile ? await readSecret(options.passwordFile as string) : undefined;
        const created = await client.call('createUser', {
          body: {
            username,
            role: options.role as 'investigator',
            displayName: (options.displayName as string | undefined) ?? '',
            ...(password ? { password } : {}),
          },
        });
        if (options.json) return printJson(created);
        process.stdout.write(`Created ${created.user.username} (${created.user.role})\n`);
        if (created.oneTimePassword) process.stdout.write(`One-time password: ${created.oneTimePassword}\n`);
      }),
    );

  user
    .command('list')
    .description('list accounts')
    .action(
      withClient(async ({ client }, options) => {
        const users = await client.call('listUsers');
        if (options.json) return printJson(users);
        printTable(
          users.map((u) => ({
            ...u,
            state: u.disabled ? 'disabled' : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? 'locked' : 'active',
            totp: u.totpEnabled ? 'yes' : 'no',
          })),
          ['username', 'displayName', 'role', 'state', 'totp', 'createdAt'],
        );
      }),
    );

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(`${name} <username>`)
      .description(`${name} an account${disabled ? ' and end its sessions' : ''}`)
      .action(
        withClient(async ({ client }, options, username: string) => {
          const updated = await client.call('updateUser', { params: { userId: await userId(client, username) }, body: { disabled } });
          if (options.json) return printJson(updated);
          process.stdout.write(`${updated.username} is ${disabled ? 'disabled' : 'enabled'}\n`);
        }),
      );
  }

  user
    .command('role <username> <role>')
    .description("change an account's role")
    .action(
      withClient(async ({ client }, options, username: string, role: string) => {
        const updated = await client.call('updateUser', {
          params: { userId: await userId(client, username) },
          body: { role: role as 'investigator' },
        });
        if (options.json) return printJson(updated);
        process.stdout.write(`${updated.username} is now ${updated.role}\n`);
      }),
    );

  user
    .command('passwd <username>')
    .description('reset a password: prints a one-time password to be changed at next sign-in')
    .action(
      withClient(async ({ client }, options, username: string) => {
        const result = await client.call('resetPassword', { params: { userId: await userId(client, username) } });
        if (options.json) return printJson(result);
        process.stdout.write(`One-time password for ${username}: ${result.oneTimePassword}\n`);
      }),
    );

  user
    .command('unlock <username>')
    .description('lift a lockout after failed sign-ins')
    .action(
      withClient(async ({ client }, options, username: string) => {
        const updated = await client.call('unlockUser', { params: { userId: await userId(client, username) } });
        if (options.json) return printJson(updated);
        process.stdout.write(`${updated.username} is unlocked\n`);
      }),
    );
}
