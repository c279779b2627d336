// The one client of the server: the typed client of @tamga/api over the session cookie, plus error wording.
import { ApiError, createClient } from '@tamga/api';
import i18next from 'i18next';

export const api = createClient({ baseUrl: window.location.origin });

/** An API error in words a person understands, in the chosen language; the server's English as a fallback. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors:${error.code}`;
    return i18next.exists(key) ? i18next.t(key) : error.message;
  }
  return i18next.t('errors:NETWORK');
}
