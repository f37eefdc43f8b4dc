// The real bundle renders fully on a page with a strict CSP, loaded from another origin.
import { afterEach, describe, expect, it } from 'vitest';

interface Report {
  event: string;
  text: string;
  sheets: number;
  styleElements: number;
  background: string;
  borderRadius: string;
  flagsShown: number;
  violations: { directive: string; blocked: string }[];
}

afterEach(() => document.body.replaceChildren());

/** Frames the strict-CSP page on the other loopback origin and waits for its report. */
function renderUnderStrictCsp(): Promise<Report> {
  const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const frame = document.createElement('iframe');
  frame.src = `${location.protocol}//${otherHost}:${location.port}/__csp/page.html?script=${encodeURIComponent(location.origin)}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CSP page sent no report')), 10_000);
    addEventListener('message', function onMessage(event: MessageEvent<Report>) {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
    });
    document.body.append(frame);
  });
}

describe('<relations-card> on a page with a strict CSP, loaded from another origin', () => {
  it('renders fully with adopted styles and breaks no script or style rule', async () => {
    const report = await renderUnderStrictCsp();
    expect(report.event).toBe('relations-card-load');
    expect(report.text).toContain('Albania and Denmark');
    expect(report.text).toContain('since May 29, 1970');
    expect(report.text).toContain('about 8,000 people from Albania in Denmark');
    expect(report.sheets).toBeGreaterThan(0);
    expect(report.styleElements).toBe(0);
    expect(report.background).toBe('rgb(255, 255, 255)');
    expect(report.borderRadius).toBe('12px');
    const blocked = report.violations.filter((v) => v.directive !== 'img-src');
    expect(blocked).toEqual([]);
  }, 20_000);

  it('hides the flags that the page does not allow, instead of showing broken images', async () => {
    const report = await renderUnderStrictCsp();
    expect(report.violations.filter((v) => v.directive === 'img-src').length).toBeGreaterThan(0);
    expect(report.flagsShown).toBe(0);
  }, 20_000);
});
