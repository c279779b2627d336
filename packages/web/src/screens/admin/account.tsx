// Placeholder until this screen is written.
export function Account() {
  return null;
}
