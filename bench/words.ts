/**
 * Word material for the benchmark corpus. Prose draws from a Zipf-distributed vocabulary of real
 * words followed by pronounceable made-up words, so the search index grows with the corpus the way
 * it does with real text (many rare words), instead of saturating on a short list.
 */
import { createRandom, type Random } from './random.ts';

/** Common English words, most frequent first; they take the top Zipf ranks. */
const COMMON = `the of and to in a is that for with as was on are by be this were from or at an
which not have it has their more than after between both also but been these those other such
who when most only each may can into over all some during about would should one two three
patients participants people adults trial trials study studies review reviews group groups
treatment treatments therapy massage pain back low chronic acute week weeks month months year
years session sessions therapist therapists effect effects outcome outcomes evidence function
disability score scores scale usual care control compared comparison follow up randomised
randomized placebo sham exercise manual spinal manipulation mobilisation stretching pressure
tissue muscle muscles fascia lumbar thoracic cervical neck shoulder hip pelvis spine joint
joints nerve sciatic leg legs posture movement stiffness tension spasm relief benefit harm
risk risks safety adverse events minor serious rare common short term long small moderate
large clinically meaningful important difference differences reported found showed suggested
measured assessed included excluded analysis analyses quality certainty bias blinding blinded
allocation concealment sample size dropout adherence dose frequency duration minutes hour
hours daily weekly home self education advice guideline guidelines recommendation recommends
clinicians physicians general practice primary secondary care costs cost effectiveness
satisfaction sleep mood anxiety stress depression quality life activity activities work return
absence function improved improvement improvements reduced reduction increase increased
decreased lower higher better worse similar unclear limited consistent inconsistent however
although because while whereas therefore overall typically usually often sometimes rarely
before within without across among under above per
technique techniques approach approaches hands strokes kneading friction gliding tapping
rhythmic slow gentle firm deep superficial light warm oil lotion table seated lying prone
supine position positions region regions area areas layer layers tenderness trigger points
knots release lengthening flexibility range motion strength endurance core stability
breathing relaxation calm comfort discomfort soreness bruising fatigue headache dizziness`
	.split(/\s+/)
	.filter((w, i, all) => w && all.indexOf(w) === i);

const ONSETS = [
	'b',
	'br',
	'c',
	'ch',
	'cl',
	'd',
	'dr',
	'f',
	'fl',
	'g',
	'gr',
	'h',
	'j',
	'k',
	'l',
	'm',
	'n',
	'p',
	'pl',
	'pr',
	'qu',
	'r',
	's',
	'sc',
	'sh',
	'sl',
	'sp',
	'st',
	't',
	'th',
	'tr',
	'v',
	'w',
	'z',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'io', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'nt', 'st', 'ck', 'ng', 'x'];
const SUFFIXES = [
	'al',
	'ic',
	'ive',
	'ous',
	'ation',
	'ment',
	'ing',
	'ed',
	'ity',
	'ism',
	'osis',
	'itis',
];

/** A vocabulary with a sampler that follows Zipf's law (rank r has weight 1/(r + 2.7)). */
export interface Vocabulary {
	words: readonly string[];
	/** One word, frequent words far more often than rare ones. */
	word: (random: Random) => string;
}

/** Builds a vocabulary of `size` distinct words, the same for every seed. */
export function createVocabulary(size: number): Vocabulary {
	const seen = new Set(COMMON);
	const words = [...COMMON];
	const made = createRandom(0x5eed);
	while (words.length < size) {
		const syllables = made.pick([1, 2, 2, 2, 3]);
		let w = '';
		for (let i = 0; i < syllables; i++)
			w += made.pick(ONSETS) + made.pick(NUCLEI) + made.pick(CODAS);
		if (made.chance(0.3)) w += made.pick(SUFFIXES);
		if (!seen.has(w)) {
			seen.add(w);
			words.push(w);
		}
	}
	const cumulative: number[] = [];
	let total = 0;
	for (let r = 0; r < words.length; r++) cumulative.push((total += 1 / (r + 2.7)));
	const word = (random: Random): string => {
		const target = random.next() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
			else hi = mid;
		}
		return words[lo] ?? 'the';
	};
	return { words, word };
}

/** Capitalises the first letter. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence of `min` to `max` words without final punctuation, first word capitalised. */
export function sentence(random: Random, vocabulary: Vocabulary, min = 8, max = 24): string {
	const count = random.int(min, max);
	const words: string[] = [];
	for (let i = 0; i < count; i++) {
		words.push(vocabulary.word(random));
		if (i > 2 && i < count - 2 && random.chance(0.07)) words[words.length - 1] += ',';
	}
	return capitalise(words.join(' '));
}
