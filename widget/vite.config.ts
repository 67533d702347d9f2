import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { SCHEMA_VERSION } from '../data/schema/index.ts';

// The widget ships as one IIFE (not UMD: AMD loaders on host pages hijack UMD), no CSS files:
// styles go through adoptedStyleSheets inside the shadow root.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [preact()],
  // The data schema version the bundle reads, taken from the schema module at build time so the
  // bundle carries the number without zod.
  define: { __DL_SCHEMA_VERSION__: JSON.stringify(SCHEMA_VERSION) },
  // The engine's search uses no extended search or logical queries: fuse.js's basic build suffices.
  resolve: { alias: [{ find: /^fuse\.js$/, replacement: 'fuse.js/basic' }] },
  publicDir: false,
  build: {
    outDir: new URL('../.output/widget', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    lib: {
      entry: new URL('./src/main.tsx', import.meta.url).pathname,
      formats: ['iife'],
      name: 'DiscretionSearch',
      fileName: () => 'widget.js',
    },
  },
});
