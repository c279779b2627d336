// Preparing a data folder: the signing key, the schema, and the first administrator.
import { mkdirSync } from 'node:fs';
import { bootstrapAdmin, type CreatedUser } from '@tamga/core';
import type { AppContext } from './context';

export async function initialise(
  context: AppContext,
  props: { adminUsername?: string; adminPassword?: string } = {},
): Promise<CreatedUser | null> {
  mkdirSync(context.config.dataDir, { recursive: true });
  return bootstrapAdmin(context.deps, {
    ...(props.adminUsername ? { username: props.adminUsername } : {}),
    ...(props.adminPassword !== undefined ? { password: props.adminPassword } : {}),
  });
}
