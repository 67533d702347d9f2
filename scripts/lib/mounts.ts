// What the demo server and the browser tests serve, in one place.
import type { Mounts } from './static-server.ts';

export const mounts: Mounts = {
  '/': 'scripts/demo',
  '/widget/': '.output/widget',
  '/fixtures/': 'test/fixtures/pages',
  '/vendor/tinymce/': 'node_modules/tinymce',
  '/vendor/quill/': 'node_modules/quill/dist',
  '/vendor/ckeditor5/': 'node_modules/ckeditor5/dist/browser',
  '/vendor/wangeditor/': 'node_modules/@wangeditor/editor/dist',
  '/vendor/kindeditor/': 'node_modules/kindeditor',
  // A framework-controlled field for the extension's tests (Preact has React's controlled inputs).
  '/vendor/preact/': 'node_modules/preact',
};
