/**
 * Builds the Electron main process and the preload with Vite's library mode (docs/DECISIONS.md):
 * two separate builds so that the sandboxed preload is one self-contained CommonJS file (a sandboxed
 * preload cannot require sibling chunks). Dependencies stay external and are packaged by electron-builder.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
].map((d) => new RegExp(`^${d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/.*)?$`));

async function lib(entry: string, name: string, emptyOutDir: boolean): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/electron',
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => `${name}.cjs` },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
  });
}

await lib('electron/main.ts', 'main', true);
await lib('electron/preload.ts', 'preload', false);
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
