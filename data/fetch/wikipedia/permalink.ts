// The address of one revision of an article, which anyone can open: index.php?title=…&oldid=….

/** `https://en.wikipedia.org/w/api.php` + title + revision → `https://en.wikipedia.org/w/index.php?title=…&oldid=…`. */
export function permalink(apiEndpoint: string, title: string, revision: number | string): string {
  const url = new URL('index.php', apiEndpoint);
  url.searchParams.set('title', title.replaceAll(' ', '_'));
  url.searchParams.set('oldid', String(revision));
  return url.href;
}
