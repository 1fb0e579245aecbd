import { ComposeFileReader } from '../types';

/** A reader over files held in memory, keyed by absolute path. */
export function memoryReader(files: Record<string, string>): ComposeFileReader {
  const table = new Map(Object.entries(files));
  return {
    readFile(path) {
      const text = table.get(path);
      if (text === undefined) {
        throw new Error('no such file');
      }
      return text;
    },
    exists: path => table.has(path),
  };
}
