// Runs a TypeScript entry point of Tamga's packages from one bundled JavaScript file, built by esbuild on first use
// and kept in node_modules/.cache/tamga until one of its sources changes. Loading several hundred source files one
// by one through tsx's module hooks (which run on a thread of their own on Node.js 20) was most of a command's
// start-up: `tamga case list` took 3.0 s, 1.6 s from a bundle. Third-party packages are not bundled: they load from
// node_modules as they would without a bundle. Where no bundle can be written (a read-only checkout), the entry
// runs through tsx as before.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where bundles are kept; TAMGA_BUNDLE_CACHE moves them (the tests' own entries). */
const cacheDir = () => process.env.TAMGA_BUNDLE_CACHE ?? join(ROOT, 'node_modules', '.cache', 'tamga');
const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js' };

/**
 * The URL to import for a TypeScript entry point (a `file:` URL or path): its bundle, built now if missing or
 * stale, or the entry itself with tsx's loader registered.
 */
export async function bundledEntry(entry) {
  const path = pathOf(entry);
  const bundle = await bundleOf(path);
  if (bundle) return pathToFileURL(bundle).href;
  const { register } = await import('tsx/esm/api');
  register();
  return pathToFileURL(path).href;
}

/** The path of an up-to-date bundle of the entry (built now if missing or stale), or null where none can be written. */
export async function bundleOf(entry) {
  const path = pathOf(entry);
  const name = createHash('sha256').update(`${path}\0${process.version}`).digest('hex').slice(0, 16);
  const bundle = join(cacheDir(), `${name}.mjs`);
  const manifest = join(cacheDir(), `${name}.json`);
  try {
    if (!(await fresh(manifest))) await build(path, bundle, manifest);
    return bundle;
  } catch (error) {
    if (process.env.TAMGA_BUNDLE_DEBUG) console.error(`no bundle of ${path}: ${error.message}`);
    return null;
  }
}

function pathOf(entry) {
  return entry instanceof URL || String(entry).startsWith('file:') ? fileURLToPath(entry) : resolve(String(entry));
}

/** Whether every source the bundle was built from is as it was then (a new file shows as a change in its importer). */
async function fresh(manifest) {
  let inputs;
  try {
    inputs = JSON.parse(await readFile(manifest, 'utf8')).inputs;
  } catch {
    return false;
  }
  const now = await Promise.all(
    Object.keys(inputs).map((file) =>
      stat(file).then(
        (s) => `${s.size}:${s.mtimeMs}`,
        () => null,
      ),
    ),
  );
  return Object.values(inputs).every((seen, index) => seen === now[index]);
}

async function build(entry, bundle, manifest) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Names as written (tsx keeps them too): the bundle renames clashing top-level names, which errors and logs show.
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outfile: bundle,
    logLevel: 'silent',
    plugins: [thirdPartyExternal, importMetaOfEachFile],
  });
  const inputs = {};
  // The files it was built from, and what decides how they were resolved and compiled: this script, the exports
  // maps, tsconfig.
  const settings = [fileURLToPath(import.meta.url), 'package.json', 'tsconfig.json', 'tsconfig.base.json', ...(await workspacePackages())];
  for (const input of [...Object.keys(result.metafile.inputs), ...settings]) {
    const file = resolve(ROOT, input);
    const s = await stat(file);
    inputs[file] = `${s.size}:${s.mtimeMs}`;
  }
  await mkdir(dirname(bundle), { recursive: true });
  // Written beside and renamed: processes starting at once each build, and none reads a half-written bundle.
  const unique = `${process.pid}-${Date.now()}`;
  for (const file of result.outputFiles) {
    await writeFile(`${file.path}.${unique}`, file.contents);
    await rename(`${file.path}.${unique}`, file.path);
  }
  await writeFile(`${manifest}.${unique}`, JSON.stringify({ entry, inputs }));
  await rename(`${manifest}.${unique}`, manifest);
}

/** The package.json of each workspace package. */
async function workspacePackages() {
  const { workspaces } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  return workspaces.map((folder) => join(folder, 'package.json'));
}

/** Tamga's own packages are bundled; every other bare import stays an import of the installed package. */
const thirdPartyExternal = {
  name: 'third-party-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@tamga/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * `import.meta.url` and `import.meta.dirname` keep naming each source file, not the bundle: its workers, the web
 * app's folder and its packages are found from there.
 */
const importMetaOfEachFile = {
  name: 'import-meta-of-each-file',
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: LOADERS[extname(args.path)] };
    });
  },
};
