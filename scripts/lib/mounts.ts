// What the demo server and the browser tests serve, in one place.
import type { Mounts } from './static-server.ts';

export const mounts: Mounts = {
  '/': 'scripts/demo',
  '/widget/': '.output/widget',
  '/fixtures/': 'test/fixtures/pages',
  '/vendor/tinymce/': 'node_modules/tinymce',
  '/vendor/quill/': 'node_modules/quill/dist',
  // A framework-controlled field for the extension's tests (Preact has React's controlled inputs).
  '/vendor/preact/': 'node_modules/preact',
};
