// The authorisation a request relies on in words: its type, number and issuing body (or its id if not listed).

export function authorizationLabel(
  list: Array<{ id: string; type: string; number: string; issuedBy: { body: string } }>,
  id: string,
  t: (key: string) => string,
): string {
  const a = list.find((x) => x.id === id);
  return a ? `${t(`authorizations:types.${a.type}`)} ${a.number} — ${a.issuedBy.body}` : id || '—';
}
