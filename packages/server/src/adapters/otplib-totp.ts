// TotpProvider with otplib: RFC 6238, 30-second steps, one step of clock drift either way.
import { generateSecret, generateURI, verify } from 'otplib';
import type { TotpProvider } from '@tamga/core';

export function otplibTotp(issuer = 'Tamga'): TotpProvider {
  return {
    generateSecret: () => generateSecret(),
    async verify(secret, code, at) {
      try {
        const result = await verify({ secret, token: code, epoch: Math.floor(at.getTime() / 1000), epochTolerance: 30 });
        return result.valid;
      } catch {
        return false;
      }
    },
    uri: (secret, accountName) => generateURI({ issuer, label: accountName, secret }),
  };
}
