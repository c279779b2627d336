// init, serve, login, logout: preparing, running and reaching a Tamga instance.
import type { Command } from 'commander';
import { createClient } from '@tamga/api';
import { CliError } from '../connection';
import { saveCredentials, readCredentials } from '../credentials';
import { printJson } from '../output';
import { readSecret, secretLines } from '../read-secret';
import { plain } from '../run-action';

export function registerInstanceCommands(program: Command): void {
  program
    .command('init')
    .description('prepare a data folder: signing key, database schema and the first administrator, without questions')
    .option('--admin-username <name>', 'user name of the first administrator', 'admin')
    .option('--admin-password-file <file>', "read the administrator's password from this file ('-' for standard input)")
    .action(
      plain(async (options) => {
        const { createContext, initialise, loadConfig } = await import('@tamga/server');
        const file = options.adminPasswordFile as string | undefined;
        const password = file ? await readSecret(file) : undefined;
        const context = await createContext(loadConfig(process.env, options.dataDir ? { dataDir: options.dataDir } : {}));
        try {
          const created = await initialise(context, {
            adminUsername: options.adminUsername as string,
            ...(password ? { adminPassword: password } : {}),
          });
          const result = {
            dataDir: context.config.dataDir,
            database: context.store.dialect,
            signingKeyId: context.deps.signer.keyId,
            createdAdmin: created?.user.username ?? null,
            oneTimePassword: created?.oneTimePassword ?? null,
          };
          if (options.json) printJson(result);
          else if (!created) process.stdout.write(`${result.dataDir} is already initialised (signing key ${result.signingKeyId})\n`);
          else {
            process.stdout.write(`Initialised ${result.dataDir} (${result.database}, signing key ${result.signingKeyId})\n`);
            process.stdout.write(`Administrator: ${created.user.username}\n`);
            if (created.oneTimePassword)
              process.stdout.write(`One-time password (change it at first sign-in): ${created.oneTimePassword}\n`);
          }
        } finally {
          await context.close();
        }
      }),
    );

  program
    .command('serve')
    .description('serve Tamga over HTTP (web and API) and process evidence in the same process')
    .option('--port <port>', 'TCP port (default TAMGA_PORT or 8080)')
    .option('--services <list>', 'web, worker or web,worker (default TAMGA_SERVICES or web,worker)')
    .option('--host <host>', 'address to listen on (default TAMGA_HOST or 0.0.0.0)')
    .action(
      plain(async (options) => {
        const { loadConfig, parseServices, startServer } = await import('@tamga/server');
        const config = loadConfig(process.env, {
          ...(options.dataDir ? { dataDir: options.dataDir } : {}),
          ...(options.services ? { services: parseServices(options.services as string) } : {}),
          ...(options.port ? { port: Number(options.port) } : {}),
          ...(options.host ? { host: options.host as string } : {}),
        });
        const server = await startServer(config);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.stdout.write('Stopping Tamga…\n');
            void server.stop().then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      }),
    );

  program
    .command('login')
    .description('sign in to a server (give it with --server URL) and keep a token for later commands')
    .requiredOption('--username <name>', 'your user name')
    .option('--password-file <file>', "read the password from this file ('-' or omitted: standard input)")
    .option('--totp <code>', 'the code from your authenticator app')
    .action(
      plain(async (options) => {
        const server = options.server as string | undefined;
        if (!server) throw new CliError('Name the server: tamga login --server https://tamga.example --username NAME');
        const password = await readSecret(options.passwordFile as string | undefined);
        const client = createClient({ baseUrl: server });
        const result = await client.call('login', {
          body: {
            username: options.username as string,
            password,
            client: 'cli',
            ...(options.totp ? { totpCode: options.totp as string } : {}),
          },
        });
        if (!result.token) throw new CliError('The server did not issue a token');
        saveCredentials(server, { token: result.token, username: result.user.username, expiresAt: result.expiresAt });
        if (options.json) printJson({ server, user: result.user, expiresAt: result.expiresAt });
        else {
          process.stdout.write(`Signed in to ${server} as ${result.user.username} until ${result.expiresAt}\n`);
          if (result.user.mustChangePassword) process.stdout.write('Your password must be changed: run tamga user passwd\n');
        }
      }),
    );

  program
    .command('logout')
    .description('end the saved session with a server')
    .action(
      plain(async (options) => {
        const server = (options.server as string | undefined) ?? readCredentials().current;
        if (!server) throw new CliError('Not signed in anywhere');
        const token = readCredentials().servers[server]?.token;
        if (token)
          await createClient({ baseUrl: server, token })
            .call('logout')
            .catch(() => undefined);
        saveCredentials(server, null);
        process.stdout.write(`Signed out of ${server}\n`);
      }),
    );

  program
    .command('passwd')
    .description('change your own password (standard input: current password, then the new one)')
    .action(
      plain(async (options) => {
        const [currentPassword, newPassword] = await secretLines();
        if (!currentPassword || !newPassword) throw new CliError('Give the current and the new password on two lines of standard input');
        const { connect } = await import('../connection');
        const connection = await connect(options);
        try {
          await connection.client.call('changePassword', { body: { currentPassword, newPassword } });
          process.stdout.write('Password changed\n');
        } finally {
          await connection.close();
        }
      }),
    );
}
