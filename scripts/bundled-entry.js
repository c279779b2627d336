// Runs a TypeScript entry point of Tamga's packages from one bundled JavaScript file, built by esbuild on first use
// and kept in node_modules/.cache/tamga until one of its sources changes. Loading several hundred source files one
// by one through tsx's module hooks (which run on a thread of their own on Node.js 20) was most of a command's
// start-up: `tamga case list` took 3.0 s, 1.3 s from a bundle. Third-party packages are not bundled: they load from
// node_modules, which the bundle finds because it sits inside the repository. Where no bundle can be made (a
// read-only checkout, TAMGA_BUNDLE=off), the entry runs through tsx as before.
import { createHash } from 'node:crypto';
import { access, constants, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where bundles are kept: a folder under the repository, so that their imports of packages resolve. */
const cacheDir = () => process.env.TAMGA_BUNDLE_CACHE ?? join(ROOT, 'node_modules', '.cache', 'tamga');
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js' };
/** Bundles replaced this long ago are deleted: a process that read the manifest just before has long loaded its own. */
const STALE_MS = 60 * 60_000;

/**
 * Imports a TypeScript entry point (a `file:` URL or path): from its bundle, built now if missing or stale, or, where
 * there is none or it does not load, from source through tsx (saying why on standard error).
 */
export async function importEntry(entry) {
  const path = pathOf(entry);
  const bundle = await bundleOf(path);
  if (bundle) {
    // The bundle's source map is beside it; `node --enable-source-maps` makes stack traces name the TypeScript lines
    // (not by default: reading the map cost about a tenth of a command's start-up).
    try {
      return await import(pathToFileURL(bundle).href);
    } catch (error) {
      warn(`its bundle did not load (${error.message})`);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path).href);
}

/**
 * The path of an up-to-date bundle of the entry (built now if missing or stale), or null where none can be made (a
 * source that does not compile: tsx then runs it and says where).
 */
export async function bundleOf(entry) {
  if (process.env.TAMGA_BUNDLE === 'off') return null;
  const path = pathOf(entry);
  const dir = cacheDir();
  const name = createHash('sha256').update(`${path}\0${process.version}`).digest('hex').slice(0, 16);
  const manifest = join(dir, `${name}.json`);
  const current = await fresh(manifest);
  if (current) return current;
  try {
    // Before building: a cache that cannot be written would cost a build on every start.
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    warn(`no bundle can be written in ${dir} (${error.code ?? error.message})`);
    return null;
  }
  try {
    return await build(path, dir, name, manifest);
  } catch (error) {
    if (!error.errors) warn(`no bundle could be built (${error.message})`);
    return null;
  }
}

function warn(why) {
  console.error(`tamga: running from source through tsx, slower to start: ${why}`);
}

function pathOf(entry) {
  return entry instanceof URL || String(entry).startsWith('file:') ? fileURLToPath(entry) : resolve(String(entry));
}

const stamp = (s) => `${s.size}:${s.mtimeMs}`;

/**
 * The manifest's bundle if it is whole and every file it was built from is as it was read then (a new file shows as
 * a change in its importer), or null.
 */
async function fresh(manifest) {
  let recorded;
  try {
    recorded = JSON.parse(await readFile(manifest, 'utf8'));
    if ((await stat(recorded.bundle)).size !== recorded.size) return null;
  } catch {
    return null;
  }
  const files = Object.keys(recorded.inputs);
  const now = await Promise.all(files.map((file) => stat(file).then(stamp, () => null)));
  return files.every((file, index) => recorded.inputs[file] === now[index]) ? recorded.bundle : null;
}

async function build(entry, dir, name, manifest) {
  const { build: esbuild } = await import('esbuild');
  // Each file's size and time as it was before being read: one saved during the build shows as changed next time.
  const inputs = {};
  // What decides how the sources are resolved and compiled: this script, esbuild, the exports maps, tsconfig.
  const { workspaces } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const settings = [
    fileURLToPath(import.meta.url),
    'node_modules/esbuild/package.json',
    'package.json',
    'tsconfig.json',
    'tsconfig.base.json',
    ...workspaces.map((folder) => join(folder, 'package.json')),
  ];
  for (const file of settings) inputs[resolve(ROOT, file)] = stamp(await stat(resolve(ROOT, file)));
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Names as written (tsx keeps them too): the bundle renames clashing top-level names, which errors and logs show.
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outfile: join(dir, `${name}.mjs`),
    logLevel: 'silent',
    plugins: [thirdPartyExternal, ownSourceFiles(inputs)],
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
  // Named by content and never overwritten: processes building at once each write whole files, and the manifest,
  // renamed into place last, names a bundle that is all there.
  const hash = createHash('sha256').update(code.contents).digest('hex').slice(0, 12);
  const bundle = join(dir, `${name}-${hash}.mjs`);
  const unique = `${process.pid}-${Date.now()}`;
  const contents = Buffer.from(code.text.replace(/\/\/# sourceMappingURL=\S+\s*$/, `//# sourceMappingURL=${name}-${hash}.mjs.map\n`));
  await writeAtomically(`${bundle}.map`, map.contents, unique);
  await writeAtomically(bundle, contents, unique);
  await writeAtomically(manifest, JSON.stringify({ entry, bundle, size: contents.length, inputs }), unique);
  await prune(dir, name, bundle);
  return bundle;
}

async function writeAtomically(path, contents, unique) {
  await writeFile(`${path}.${unique}`, contents);
  await rename(`${path}.${unique}`, path);
}

/** Deletes the entry's bundles replaced more than STALE_MS ago. */
async function prune(dir, name, kept) {
  for (const file of await readdir(dir)) {
    const path = join(dir, file);
    if (!file.startsWith(`${name}-`) || path === kept || path === `${kept}.map`) continue;
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_MS) await unlink(path).catch(() => undefined);
  }
}

/** Tamga's own packages are bundled; every other bare import stays an import of the installed package. */
const thirdPartyExternal = {
  name: 'third-party-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@tamga/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Reads Tamga's own source files, stamping each first, and keeps `import.meta.url`, `.dirname` and `.filename`
 * naming each file, not the bundle: its workers, the web app's folder and its packages are found from there.
 */
function ownSourceFiles(inputs) {
  return {
    name: 'own-source-files',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, async (args) => {
        const inside = relative(ROOT, args.path);
        if ((inside.startsWith('..') ? args.path : inside).split(sep).includes('node_modules')) return undefined;
        inputs[args.path] = stamp(await stat(args.path));
        const source = await readFile(args.path, 'utf8');
        const meta = { url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path };
        const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(meta[key]));
        return { contents, loader: LOADERS[extname(args.path)] };
      });
    },
  };
}
