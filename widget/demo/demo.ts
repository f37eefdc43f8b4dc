// The demo page: a pair picker fed by /v1/relations, language and theme switches, and the embed snippet to copy.
export {};

interface IndexEntry {
  id: string;
  countries: [string, string];
  title: string;
}
interface Manifest {
  versioned: string;
  integrity: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const card = document.querySelector('relations-card');
const pair = $<HTMLSelectElement>('pair');
const lang = $<HTMLSelectElement>('lang');
const theme = $<HTMLSelectElement>('theme');
const snippet = $<HTMLElement>('snippet');
const copyStatus = $<HTMLElement>('copy-status');
let manifest: Manifest | undefined;

function update(): void {
  if (!card) return;
  card.setAttribute('countries', pair.value);
  card.setAttribute('lang', lang.value);
  card.setAttribute('theme', theme.value);
  const script = manifest
    ? `<script type="module" src="${location.origin}/${manifest.versioned}"\n        integrity="${manifest.integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${location.origin}/relations-card.js"></script>`;
  const attrs = [`countries="${pair.value}"`, `lang="${lang.value}"`];
  if (theme.value !== 'auto') attrs.push(`theme="${theme.value}"`);
  snippet.textContent = `${script}\n<relations-card ${attrs.join(' ')}></relations-card>`;
}

async function loadPairs(): Promise<void> {
  try {
    const response = await fetch('/v1/relations', { headers: { accept: 'application/json' } });
    if (!response.ok) return;
    const index = (await response.json()) as { pairs?: IndexEntry[] };
    if (!index.pairs?.length) return;
    const current = pair.value;
    pair.replaceChildren(
      ...index.pairs.map((entry) => new Option(entry.title, entry.countries.join(' '), false, false)),
    );
    pair.value = index.pairs.some((p) => p.countries.join(' ') === current) ? current : (pair.options[0]?.value ?? '');
  } catch {
    // Keep the built-in AL-DK option when the index is unavailable.
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

for (const select of [pair, lang, theme]) select.addEventListener('change', update);
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
await Promise.all([loadPairs(), loadManifest()]);
update();
