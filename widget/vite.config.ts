import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The widget ships as one IIFE (not UMD: AMD loaders on host pages hijack UMD), no CSS files:
// styles go through adoptedStyleSheets inside the shadow root.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [preact()],
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
