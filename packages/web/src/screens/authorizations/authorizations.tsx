// Placeholder until this screen is written.
export function Authorizations() {
  return null;
}
