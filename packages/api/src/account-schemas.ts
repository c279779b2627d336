// Accounts and sessions on the wire.
import { z } from 'zod';

export const Role = z.enum(['admin', 'supervisor', 'investigator', 'examiner', 'prosecutor', 'auditor', 'trainee']);
export type Role = z.infer<typeof Role>;

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const LoginBody = z
  .object({
    username: z.string().min(1).max(100),
    password: z.string().min(1).max(1000),
    totpCode: z
      .string()
      .regex(/^[0-9]{6}$/)
      .optional(),
    /** 'web' sets an HttpOnly cookie; 'cli' returns a bearer token. */
    client: z.enum(['web', 'cli']).default('web'),
  })
  .strict();

export const LoginResult = z.object({
  user: UserView,
  csrfToken: z.string(),
  expiresAt: z.string(),
  /** Only for client 'cli': send as `Authorization: Bearer <token>`. */
  token: z.string().optional(),
});

export const SessionInfo = z.object({ user: UserView, csrfToken: z.string(), expiresAt: z.string() });

export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(1000), newPassword: z.string().min(1).max(1000) })
  .strict();
export const TotpSetup = z.object({ secret: z.string(), uri: z.string() });
export const TotpCodeBody = z.object({ code: z.string().regex(/^[0-9]{6}$/) }).strict();
export const PasswordBody = z.object({ password: z.string().min(1).max(1000) }).strict();

export const CreateUserBody = z
  .object({
    username: z.string().min(2).max(63),
    displayName: z.string().max(200).default(''),
    role: Role,
    password: z.string().min(1).max(1000).optional(),
  })
  .strict();
export const CreatedUser = z.object({ user: UserView, oneTimePassword: z.string().nullable() });
export const UpdateUserBody = z
  .object({ displayName: z.string().max(200).optional(), role: Role.optional(), disabled: z.boolean().optional() })
  .strict();
export const OneTimePassword = z.object({ oneTimePassword: z.string() });
