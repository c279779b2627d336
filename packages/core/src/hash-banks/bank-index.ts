// The in-memory PDQ index over every enabled bank, rebuilt when the banks change.
//
// Each process keeps its own index. Before every use it compares the banks' signature (one small query) with the
// one it was built from, so an import or an enable by another process (the CLI beside a running server, or a
// second worker on PostgreSQL) is picked up at the next match. The cost is a full rebuild per change, paged out of
// the database: seconds for a million hashes, about 105 MB of typed arrays.
import type { Deps } from '../deps';
import type { PerceptualHasher, PerceptualIndex } from '../perceptual-hasher';
import type { LiveBankEntry } from '../ports';

const PAGE = 20_000;

export interface LoadedBankIndex {
  signature: string;
  index: PerceptualIndex;
  /** Entry by the id the index returns. */
  entries: LiveBankEntry[];
}

export class BankIndex {
  private loaded: LoadedBankIndex | null = null;
  private building: Promise<LoadedBankIndex> | null = null;

  constructor(private readonly hasher: PerceptualHasher) {}

  /** The index for the banks as they are now; concurrent callers share one rebuild. */
  async current(deps: Pick<Deps, 'store'>): Promise<LoadedBankIndex> {
    const signature = await deps.store.transaction((tx) => tx.hashBanks.signature(), { durable: false });
    if (this.loaded?.signature === signature) return this.loaded;
    if (!this.building) {
      this.building = this.build(deps, signature).finally(() => {
        this.building = null;
      });
    }
    const built = await this.building;
    // A change during the build is caught by the next call's signature check.
    return built;
  }

  private async build(deps: Pick<Deps, 'store'>, signature: string): Promise<LoadedBankIndex> {
    const entries: LiveBankEntry[] = [];
    const index = this.hasher.createIndex(1024);
    let after: { bankId: string; value: string } | null = null;
    for (;;) {
      const page = await deps.store.transaction((tx) => tx.hashBanks.livePdqEntries(after, PAGE), { durable: false });
      for (const entry of page) {
        index.add(entries.length, entry.value);
        entries.push(entry);
      }
      if (page.length < PAGE) break;
      const last = page[page.length - 1]!;
      after = { bankId: last.bankId, value: last.value };
    }
    this.loaded = { signature, index, entries };
    return this.loaded;
  }
}
