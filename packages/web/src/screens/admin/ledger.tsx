// Placeholder until this screen is written.
export function Ledger() {
  return null;
}
