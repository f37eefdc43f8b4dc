// The articles of a category, such as "Bilateral relations of Denmark", following continuation to the end.
import type { ActionApi } from './action-api.ts';

/** Titles of the category's articles (namespace 0); subcategories are not entered. */
export async function categoryTitles(api: ActionApi, category: string): Promise<string[]> {
  const cmtitle = /^category:/i.test(category) ? category : `Category:${category}`;
  const titles: string[] = [];
  for await (const answer of api.queryAll({
    list: 'categorymembers',
    cmtitle,
    cmtype: 'page',
    cmnamespace: '0',
    cmlimit: 'max',
  }))
    for (const member of answer.query?.categorymembers ?? []) titles.push(member.title);
  return titles;
}
