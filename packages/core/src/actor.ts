// The person on whose behalf a use case runs, as resolved from a session.
import type { Role } from './roles';

export interface Actor {
  userId: string;
  username: string;
  role: Role;
  sessionId: string | null;
  mustChangePassword: boolean;
}
