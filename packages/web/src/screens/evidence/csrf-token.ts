// The session's CSRF token, fetched for requests that do not go through the API client (tus uploads, hash bank files).
import { ApiError } from '@tamga/api';
import { api } from '../../api';

/** The CSRF token of this session, which tus requests must carry like every changing request. */
export async function csrfToken(): Promise<string> {
  const { session } = await api.call('whoami');
  if (!session) throw new ApiError({ code: 'SESSION_EXPIRED', message: 'Session ended', status: 401 });
  return session.csrfToken;
}
