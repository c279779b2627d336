// Placeholder until this screen is written.
export function OwnAccessRequests() {
  return null;
}
