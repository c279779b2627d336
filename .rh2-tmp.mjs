import { register } from 'tsx/esm/api';
register();
const { fsBlobStore } = await import('/work/main/packages/storage/src/blobs/fs-blob-store.ts');
const store = fsBlobStore('/tmp/smoke/keep', { layout: process.argv[2] ?? 'two-workers' });
const t = process.hrtime.bigint();
const d = await store.rehash('a8d92ee73f02e2ee6d6de46cf2c24f78bef640e69f151607e6c673adb41da961');
console.log('rehash', (Number(process.hrtime.bigint() - t) / 1e9).toFixed(3), d.md5);
