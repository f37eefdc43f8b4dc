// The demo page: two country pickers fed by /v1/countries, language and theme switches, and the snippet to copy.
export {};

interface CountryEntry {
  code: string;
  name: string;
}
interface Manifest {
  versioned: string;
  integrity: string;
}

/** README's reservation for the compact card (widget/src/card-styles.ts, COMPACT_HEIGHT). */
const RESERVE = 'display:block;min-block-size:16.5rem';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const card = document.querySelector('relations-card');
const countryA = $<HTMLSelectElement>('country-a');
const countryB = $<HTMLSelectElement>('country-b');
const lang = $<HTMLSelectElement>('lang');
const theme = $<HTMLSelectElement>('theme');
const snippet = $<HTMLElement>('snippet');
const copyStatus = $<HTMLElement>('copy-status');
let manifest: Manifest | undefined;

function update(): void {
  if (!card) return;
  const countries = `${countryA.value} ${countryB.value}`;
  card.setAttribute('countries', countries);
  card.setAttribute('lang', lang.value);
  card.setAttribute('theme', theme.value);
  const script = manifest
    ? `<script type="module" src="${location.origin}/${manifest.versioned}"\n        integrity="${manifest.integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${location.origin}/relations-card.js"></script>`;
  const attrs = [`countries="${countries}"`, `lang="${lang.value}"`];
  if (theme.value !== 'auto') attrs.push(`theme="${theme.value}"`);
  // The space the compact card takes, reserved before the script runs: the page does not move when it arrives.
  attrs.push(`style="${RESERVE}"`);
  snippet.textContent = `${script}\n<relations-card ${attrs.join(' ')}></relations-card>`;
}

async function loadCountries(): Promise<void> {
  try {
    const response = await fetch('/v1/countries', { headers: { accept: 'application/json' } });
    if (!response.ok) return;
    const { countries = [] } = (await response.json()) as { countries?: CountryEntry[] };
    if (!countries.length) return;
    const byName = [...countries].sort((x, y) => x.name.localeCompare(y.name, 'en'));
    for (const select of [countryA, countryB]) {
      const current = select.value;
      select.replaceChildren(...byName.map((c) => new Option(c.name, c.code, false, c.code === current)));
      select.value = current;
    }
  } catch {
    // Keep the built-in Albania and Denmark when the list is unavailable.
  }
}

async function loadManifest(): Promise<void> {
  try {
    const response = await fetch('/relations-card.manifest.json');
    if (response.ok) manifest = (await response.json()) as Manifest;
  } catch {
    // Without the manifest the snippet uses the unversioned URL.
  }
}

for (const select of [countryA, countryB, lang, theme]) select.addEventListener('change', update);
$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    getSelection()?.selectAllChildren(snippet);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

update();
await Promise.all([loadCountries(), loadManifest()]);
update();
