// Bearer tokens from `tamga login`, kept per server in a file only the user can read.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

interface CredentialsFile {
  current?: string;
  servers: Record<string, { token: string; username: string; expiresAt: string }>;
}

export function credentialsPath(): string {
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return process.env.TAMGA_CREDENTIALS ?? join(base, 'tamga', 'credentials.json');
}

export function readCredentials(): CredentialsFile {
  const path = credentialsPath();
  if (!existsSync(path)) return { servers: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as CredentialsFile;
}

export function saveCredentials(server: string, entry: { token: string; username: string; expiresAt: string } | null): void {
  const file = readCredentials();
  if (entry) {
    file.servers[server] = entry;
    file.current = server;
  } else {
    delete file.servers[server];
    if (file.current === server) delete file.current;
  }
  const path = credentialsPath();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
}
