import { it } from 'vitest';
import { page } from 'vitest/browser';
import { loaded, mount, shadow, stubFetch } from './card-harness.ts';

it('shot', async () => {
  stubFetch();
  const column = document.createElement('div');
  column.style.width = '448px';
  column.style.padding = '16px';
  document.body.append(column);
  const card = mount({ countries: 'AL DK' }, column);
  await loaded(card);
  (shadow(card).querySelector('.mark') as HTMLElement).click();
  await card.updateComplete;
  await page.screenshot({ path: './.shots/shot1.png', element: column });
  const c2 = mount({ countries: 'AL DK', theme: 'dark', lang: 'da' }, column);
  await loaded(c2);
  await new Promise((r) => setTimeout(r, 200));
  await page.screenshot({ path: './.shots/shot2.png', element: column });
});
