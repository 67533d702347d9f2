// Names that come from a pack's manifest become file names, URLs and map keys. Only plain names are
// accepted: no path separator, no leading dot or underscore (`__proto__`, `.hidden`), no "..".
const PLAIN = /^[A-Za-z0-9\u4e00-\u9fff][\w\u4e00-\u9fff.@+-]{0,199}$/;

export function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && PLAIN.test(name) && !name.includes('..');
}
