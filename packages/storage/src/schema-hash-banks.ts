// Table shapes of hash banks and matching (migration 0008), kept beside schema.ts so that file stays readable.

export interface HashBanksTable {
  id: string;
  name: string;
  meaning: string;
  enabled: number;
  version: number;
  updated_at: string;
  data: string;
}

export interface HashBankEntriesTable {
  bank_id: string;
  signal: string;
  value: string;
  label: string | null;
  version: number;
}

export interface HashMatchesTable {
  case_id: string;
  item_id: string;
  bank_id: string;
  signal: string;
  value: string;
  distance: number;
  matched_at: string;
  data: string;
}

export interface ItemImageHashesTable {
  item_id: string;
  case_id: string;
  signal: string;
  hash: string;
  quality: number;
  data: string;
}
