import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../widget/src/define.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<relations-card>', () => {
  it('fetches the pair from the API and shows its title', async () => {
    const fetchSpy = vi
      .spyOn(window, 'fetch')
      .mockResolvedValue(
        Response.json({ schemaVersion: 1, id: 'AL-DK', countries: ['AL', 'DK'], title: 'Albania–Denmark relations' }),
      );
    const card = document.createElement('relations-card');
    card.setAttribute('api', 'https://api.example');
    card.setAttribute('countries', 'AL DK');
    document.body.append(card);
    await vi.waitFor(() => expect(card.shadowRoot?.querySelector('h2')?.textContent).toBe('Albania–Denmark relations'));
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe('https://api.example/v1/relations/AL/DK');
  });
});
