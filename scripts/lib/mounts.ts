// What the demo server and the browser tests serve, in one place.
import type { Mounts } from './static-server.ts';

export const mounts: Mounts = {
  '/': 'scripts/demo',
  '/widget/': '.output/widget',
  '/fixtures/': 'test/fixtures/pages',
  '/vendor/tinymce/': 'node_modules/tinymce',
  '/vendor/quill/': 'node_modules/quill/dist',
};
