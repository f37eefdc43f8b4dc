// Reads an article file for the CLI: a regular file in UTF-8, or one clear reason why not.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The text of a file, or the one-line reason it cannot be read as an article. */
export type ReadResult = { text: string } | { error: string };

/** Articles are small; a file beyond this is not one, and is refused before it fills memory. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

/** Text from bytes: UTF-8 (a byte-order mark dropped); UTF-16 and invalid UTF-8 are refused with a reason. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { error: 'the file is UTF-16; only UTF-8 is read (convert it, e.g. iconv -f UTF-16 -t UTF-8)' };
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  const probe = bytes.subarray(0, 512);
  let zeros = 0;
  for (const b of probe) if (b === 0) zeros++;
  if (probe.length >= 4 && zeros * 3 >= probe.length)
    return { error: 'the file looks like UTF-16 or binary; only UTF-8 text is read' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { error: 'the file is not valid UTF-8' };
  }
}

/** Reads a regular file only: a directory, a pipe or a device is refused at once rather than waited on. */
export function readArticleFile(path: string): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so that a named pipe with no writer is refused at once instead of waited on.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a directory, not an article file' };
    if (!stat.isFile()) return { error: 'is not a regular file' };
    if (stat.size > MAX_ARTICLE_BYTES) return { error: `is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeArticle(bytes.subarray(0, read));
  } catch (error) {
    return { error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
