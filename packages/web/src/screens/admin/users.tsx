// Placeholder until this screen is written.
export function Users() {
  return null;
}
