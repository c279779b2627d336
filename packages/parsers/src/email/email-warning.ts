// A warning about one message, gathered while it is parsed and given to the output once it is read (prefixed with
// the message's label, and with where the message lies in an mbox).
import type { MessageParams, WarningKey } from '@tamga/core';

export interface EmailWarning {
  text: string;
  key: WarningKey;
}

export function emailWarning(text: string, code: string, params?: MessageParams): EmailWarning {
  return { text, key: params ? { code, params } : { code } };
}
