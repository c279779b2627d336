// An error of a tus upload in the app's words.
import { type DetailedError } from 'tus-js-client';
import { ApiError } from '@tamga/api';
import { errorMessage } from '../../api';

/** An error of the tus endpoint in the app's words: the server answers with its usual error body. */
export function tusError(error: Error | DetailedError): string {
  const response = (error as DetailedError).originalResponse;
  if (response) {
    try {
      const body = JSON.parse(response.getBody()) as { error?: { code: string; message: string; status: number } };
      if (body.error) return errorMessage(new ApiError(body.error));
    } catch {
      // not JSON: fall through
    }
    return errorMessage(new ApiError({ code: 'HTTP_ERROR', message: `HTTP ${response.getStatus()}`, status: response.getStatus() }));
  }
  return errorMessage(error);
}
