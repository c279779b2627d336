// The filesystem blob store's digests on real files in a temporary folder, checked against coreutils' md5sum, sha1sum
// and sha256sum, and what hashing costs: memory on a large file, and digest workers loaded under plain Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestPool } from './digest-pool';
import { fsBlobStore } from './fs-blob-store';
import { listAll, MiB, oddPieces, reference, tmpEntries, useBlobFolder } from './fs-blob-store-fixtures';

const SAMPLES = resolve(import.meta.dirname, '../../../../../shared/samples');
const REPO = resolve(import.meta.dirname, '../../../..');

const { closeAfterTest, freshPath, freshStore, makeFile } = useBlobFolder();

describe('fsBlobStore digests', () => {
  const samples = existsSync(SAMPLES) ? it : it.skip;
  samples(
    `equal md5sum, sha1sum and sha256sum for every file under shared/samples${existsSync(SAMPLES) ? '' : ` (skipped: ${SAMPLES} is absent)`}`,
    async () => {
      const { store } = freshStore();
      const files = (readdirSync(SAMPLES, { recursive: true }) as string[])
        .map((name) => join(SAMPLES, name))
        .filter((path) => statSync(path).isFile());
      expect(files.length).toBeGreaterThan(0);
      const distinct = new Set<string>();
      for (const path of files) {
        const expected = reference(path);
        distinct.add(expected.sha256);
        expect({ file: relative(SAMPLES, path), ...(await store.putFile(path)) }).toEqual({ file: relative(SAMPLES, path), ...expected });
      }
      expect((await listAll(store)).sort()).toEqual([...distinct].sort());
    },
  );

  it.each([
    ['an empty file', 0],
    ['a file of exactly one chunk (4 MiB)', 4 * MiB],
    ['a file of one chunk and one byte (4 MiB + 1)', 4 * MiB + 1],
    ['a random file of about 50 MB', 50 * 1000 * 1000 + 3],
  ])('equal coreutils for %s', async (_name, size) => {
    const { store, root } = freshStore();
    const path = makeFile(size);
    const digests = await store.putFile(path);
    expect(digests).toEqual(reference(path));
    const stored = join(root, digests.sha256.slice(0, 2), digests.sha256.slice(2, 4), digests.sha256);
    expect(readFileSync(stored).equals(readFileSync(path))).toBe(true);
    expect(await store.size(digests.sha256)).toBe(size);
    expect(tmpEntries(root)).toEqual([]);
  });

  it('are the same for putStream as for putFile, whatever the pieces', async () => {
    const { store } = freshStore();
    const path = makeFile(13 * MiB + 11);
    const fromStream = await store.putStream(oddPieces(path));
    expect(fromStream).toEqual(reference(path));
    expect(await store.putFile(path)).toEqual(fromStream);
    expect(await store.putStream(oddPieces(makeFile(0)))).toEqual(reference(makeFile(0)));
  });

  it.each([true, false])('are right and the blob identical with direct I/O %s, for chunks with an odd tail', async (directIo) => {
    const { store, root } = freshStore({ directIo });
    for (const size of [4 * MiB + 1, 8 * MiB, 12 * MiB + 4095]) {
      const path = makeFile(size);
      const digests = await store.putFile(path);
      expect(digests).toEqual(reference(path));
      const stored = join(root, digests.sha256.slice(0, 2), digests.sha256.slice(2, 4), digests.sha256);
      expect(readFileSync(stored).equals(readFileSync(path))).toBe(true);
      expect(statSync(stored).mode & 0o777).toBe(0o444);
    }
    expect(tmpEntries(root)).toEqual([]);
  });

  it('are right when the pool moves its chunks to a boundary, which it does only before its first job', async () => {
    const pool = new DigestPool({ chunkSize: 64 * 1024, chunks: 3 });
    try {
      expect(pool.alignChunks((block) => block.byteOffset === 496)).toBe(true);
      const store = closeAfterTest(fsBlobStore(freshPath('store'), { pool, directIo: false }));
      const path = makeFile(200 * 1024 + 17);
      expect(await store.putFile(path)).toEqual(reference(path));
      expect(pool.alignChunks(() => true)).toBe(true); // decided once
      const late = new DigestPool({ chunkSize: 64 * 1024, chunks: 2 });
      const lateStore = closeAfterTest(fsBlobStore(freshPath('store'), { pool: late, directIo: false }));
      await lateStore.putFile(path);
      expect(late.alignChunks(() => true)).toBe(false);
      await late.close();
      const never = new DigestPool({ chunkSize: 64 * 1024, chunks: 2 });
      expect(never.alignChunks(() => false)).toBe(false);
      await never.close();
    } finally {
      await pool.close();
    }
  });

  it('report progress in bytes read', async () => {
    const { store } = freshStore();
    const path = makeFile(9 * MiB);
    const seen: number[] = [];
    await store.putFile(path, ({ bytes }) => seen.push(bytes));
    expect(seen).toEqual([4 * MiB, 8 * MiB, 9 * MiB]);
  });
});

describe('fsBlobStore resources', () => {
  it('keeps memory bounded on a large file', async () => {
    const size = Number(process.env.TAMGA_TEST_BIG_MIB ?? 256) * MiB;
    const path = makeFile(size, 'pattern');
    const { store } = freshStore();
    await store.putFile(makeFile(10 * MiB)); // workers started, pool allocated
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const digests = await store.putFile(path);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(digests.sha256).toBe(reference(path).sha256);
    expect(peak - baseline).toBeLessThan(256 * 1024 * 1024);
  }, 60_000);

  it('loads its worker under plain Node with the tsx loader, and its idle workers do not keep the process alive', () => {
    const path = makeFile(9 * MiB + 1);
    const root = freshPath('store');
    const url = new URL('./fs-blob-store.ts', import.meta.url).href;
    // As packages/cli/bin/tamga.js does where no bundle can be made: register tsx's loader, import the TypeScript, never call close().
    const script = [
      "import { register } from 'tsx/esm/api';",
      'register();',
      `const { fsBlobStore } = await import(${JSON.stringify(url)});`,
      `const store = fsBlobStore(${JSON.stringify(root)});`,
      `console.log(JSON.stringify(await store.putFile(${JSON.stringify(path)})));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', timeout: 20_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(reference(path));
  });
});
