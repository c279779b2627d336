// Placeholder until this screen is written.
export function CustodyLog() {
  return null;
}
