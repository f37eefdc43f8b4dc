// Light, dark and auto themes, custom properties, and reduced motion.
import { afterEach, describe, expect, it } from 'vitest';
import { emulateMedia } from './browser-commands.ts';
import { loaded, mount, reset, shadow, stubFetch } from './card-harness.ts';

afterEach(async () => {
  reset();
  await emulateMedia({ colorScheme: 'no-preference', reducedMotion: 'no-preference' });
});

const background = (card: HTMLElement) =>
  getComputedStyle(card.shadowRoot?.querySelector('[part="card"]') as Element).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

describe('<relations-card> themes', () => {
  it('is light by default and dark with theme="dark"', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    expect(card.getAttribute('theme')).toBe('auto');
    expect(background(card)).toBe(LIGHT);
    card.theme = 'dark';
    await card.updateComplete;
    expect(card.getAttribute('theme')).toBe('dark');
    expect(background(card)).toBe(DARK);
  });

  it('follows the system preference with theme="auto", unless told light', async () => {
    stubFetch();
    await emulateMedia({ colorScheme: 'dark' });
    const auto = mount({ countries: 'AL DK' });
    const light = mount({ countries: 'AL DK', theme: 'light' });
    await loaded(auto);
    await loaded(light);
    expect(background(auto)).toBe(DARK);
    expect(background(light)).toBe(LIGHT);
  });

  it('takes its colors, radius and font from custom properties set by the page', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', theme: 'dark' });
    card.style.setProperty('--relations-card-background', 'rgb(1, 2, 3)');
    card.style.setProperty('--relations-card-radius', '3px');
    card.style.setProperty('--relations-card-font', 'serif');
    await loaded(card);
    const root = shadow(card).querySelector('[part="card"]') as Element;
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(root).borderTopLeftRadius).toBe('3px');
    expect(getComputedStyle(root).fontFamily).toBe('serif');
  });

  it('stops the skeleton shimmer for people who prefer reduced motion', async () => {
    stubFetch(() => new Promise(() => {}));
    const card = mount({ countries: 'AL DK' });
    await card.updateComplete;
    const bone = shadow(card).querySelector('.bone') as Element;
    expect(getComputedStyle(bone).animationName).toBe('shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bone).animationName).toBe('none');
  });
});
