// The words patterns are written with: the lexicon generator conjugates and inflects them into word-forms.json.

/** Verbs, by dictionary form: every tense and participle of each matches the bare form in a pattern. */
export const VERBS = `
establish re-establish reestablish re-initiate reinitiate reinstate formalize set begin start initiate open reopen re-open commence launch date go
maintain have hold enjoy keep restore resume normalize renew sever break cut suspend terminate freeze recognize
close operate run plan intend announce accredit represent cover serve base reside locate station
visit travel come arrive tour pay make meet host receive welcome greet address attend become lead
sign conclude ratify enter agree initial reach take
give donate provide grant allocate contribute send pledge deliver supply gift offer commit assist help support
fund finance ship hand disburse spend promise earmark award extend transfer lend loan
live settle flee work study emigrate immigrate move migrate bear number total amount count record register estimate
join apply accede belong remain stay leave withdraw seek found form
refuse reject decline follow discuss talk negotiate focus center concentrate deal aim review mark celebrate strengthen promote deepen
boost thank commemorate inaugurate
speak fly return invite get obtain benefit head house include decide fall grow rise stand sit lie suit consist
undertake
export import trade invest
`;

/** Nouns, by singular: the plural matches the singular in a pattern. */
export const NOUNS = `
embassy consulate consulate-general commission legation office mission nunciature section consul ambassador
relation tie country nation state government side kingdom republic
agreement treaty convention memorandum accord protocol declaration deal pact
visit trip tour talk meeting delegation
member candidate applicant observer founder partner participant signatory
person citizen national immigrant expatriate migrant emigrant individual resident inhabitant community
diaspora minority population descendant refugee worker student
grant loan credit donation contribution package programme program project dose item tonne ton
year month day time permit card team tonne firefighter rescuer doctor
`;

/** Other spellings of a word, to the form patterns use: British and American, with and without a hyphen. */
export const SPELLINGS: Record<string, string> = {
  organisation: 'organization',
  organisations: 'organization',
  organization: 'organization',
  organizations: 'organization',
  'co-operation': 'cooperation',
  recognise: 'recognize',
  recognised: 'recognize',
  recognises: 'recognize',
  recognising: 'recognize',
  recognition: 'recognition',
  normalise: 'normalize',
  normalised: 'normalize',
  normalises: 'normalize',
  normalising: 'normalize',
  normalisation: 'normalization',
  programmes: 'programme',
  programs: 'programme',
  program: 'programme',
  defense: 'defence',
  centre: 'center',
  centred: 'center',
  centered: 'center',
  travelled: 'travel',
  travelling: 'travel',
  traveled: 'travel',
  traveling: 'travel',
  labour: 'labor',
  'consulates-general': 'consulate-general',
  'consulate-generals': 'consulate-general',
  'high-level': 'high-level',
  born: 'bear',
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  had: 'have',
  'set-up': 'set',
  establishment: 'establishment',
  'inter-governmental': 'intergovernmental',
};
