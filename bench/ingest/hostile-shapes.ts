// Articles shaped to make a careless ingester quadratic: the hostile tester's shapes, at any size.

const TITLE = '= Albania–Denmark relations =\n\n';

/** Repeats `unit` until the text is at least `bytes` long. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** Each shape: a name and an article of about `bytes` characters. */
export const HOSTILE_SHAPES: { name: string; make: (bytes: number) => string }[] = [
  { name: 'one paragraph of one-line sentences', make: (n) => TITLE + fill('Denmark has an embassy in Tirana.\n', n) },
  { name: 'one sentence repeated (merging)', make: (n) => TITLE + fill('Both countries are members of NATO. ', n) },
  { name: 'runs of full stops', make: (n) => `${TITLE}Denmark${fill('.', n)} Albania` },
  { name: 'runs of ! and ?', make: (n) => `${TITLE}Denmark${fill('!?', n)} Albania` },
  { name: 'digit groups', make: (n) => `${TITLE}Denmark gave Albania ${fill('1,000,', n)}000 DKK.` },
  { name: 'spaces in a heading', make: (n) => `${TITLE}==${fill(' ', n)}x\n\nText.` },
  { name: 'spaces in the title', make: (n) => `=${fill(' ', n)}Albania–Denmark relations\n` },
  { name: 'runs of [', make: (n) => `${TITLE}Denmark ${fill('[', n)} Albania.` },
  { name: 'runs of [[ and |', make: (n) => `${TITLE}Denmark ${fill('[[a|', n)} Albania.` },
  { name: 'spaces in a membership clause', make: (n) => `${TITLE}Both countries are members of NATO${fill(' ', n)}x` },
  {
    name: 'a comma list in a treaty name',
    make: (n) => `${TITLE}The Treaty of Friendship${fill(', Cooperation', n)} and Trade was signed in 2000.`,
  },
  { name: 'a long list of cities', make: (n) => `${TITLE}Denmark has consulates in ${fill('Aarhus, ', n)}and Odense.` },
  { name: 'capitalised words', make: (n) => `${TITLE}${fill('Minister President King ', n)}visited Albania in 2000.` },
  { name: 'numbers and years', make: (n) => `${TITLE}${fill('2019 2020 1 million ', n)}euro.` },
];
