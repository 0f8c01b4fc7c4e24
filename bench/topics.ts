/**
 * Names for the benchmark corpus: techniques, conditions, common claims, guideline bodies,
 * authors and journals. Titles are combinations of plausible parts, unique within their kind,
 * and carry no digits so the claim checks never see a number that is not in a source.
 */
import type { Random } from './random.ts';

const split = (s: string): string[] => s.split('|');

/** Parts of technique names: a modifier and a base technique. */
export const TECHNIQUE_PARTS = {
	modifier: split(
		'Deep|Gentle|Rhythmic|Seated|Instrument-assisted|Cross-fibre|Slow-stroke|Sports|Clinical|Myofascial|Oil-based|Hot stone|Cupping-assisted|Vibration|Percussive|Assisted|Active|Passive|Sustained|Oscillatory|Graded|Partner|Self-applied|Water-based|Aromatic|Neuromuscular|Structural|Integrative|Orthopaedic|Remedial|Lymphatic|Thai-style|Shiatsu-style|Chair|Foot|Hand|Forearm|Elbow|Thumb|Two-handed',
	),
	base: split(
		'effleurage|petrissage|friction massage|tapotement|kneading|compression|skin rolling|muscle stripping|pin and stretch|trigger point pressure|fascial release|joint mobilisation|traction|stretching|cupping|scraping|vibration therapy|rocking|acupressure|reflexology|muscle energy technique|strain-counterstrain|positional release|soft tissue release|connective tissue massage|lymph drainage|spinal mobilisation|rib mobilisation|pelvic rebalancing|scar tissue massage|foam rolling|ball release|towel traction|breath-guided massage|warm compress massage|cold compress massage|dry needling|kinesio taping|manual therapy|back walking|Swedish massage|Tuina|Lomi lomi|Ayurvedic massage|Rolfing|Bowen therapy|Trager approach|Feldenkrais lessons|Alexander lessons|deep tissue massage',
	),
};

/** Parts of condition names: a course, a region and a problem. */
export const CONDITION_PARTS = {
	course: split(
		'Acute|Chronic|Subacute|Recurrent|Persistent|Episodic|Postural|Degenerative|Exertional|Nocturnal|Post-operative|Post-traumatic|Work-related|Pregnancy-related|Age-related|Idiopathic|Mechanical|Inflammatory|Sports-related|Stress-related',
	),
	region: split(
		'lumbar|thoracic|cervical|sacroiliac|lumbosacral|paraspinal|gluteal|coccygeal|scapular|thoracolumbar|cervicothoracic|pelvic|hip|rib|upper back|lower back|mid back|shoulder girdle',
	),
	problem: split(
		'pain|strain|stiffness|spasm|radiculopathy|instability|facet pain|disc bulge|nerve irritation|myofascial pain|muscle guarding|tendinopathy|joint dysfunction|stenosis|sprain|hypermobility|trigger points|referred pain|muscle imbalance|tension',
	),
};

/** Parts of common-claim titles: who claims, what it does, and to what. */
export const CLAIM_PARTS = {
	subject: split(
		'Massage|Deep tissue work|Foam rolling|Cupping|Hot stones|Stretching|Trigger point work|Reflexology|Lymph drainage|Manual therapy|Acupressure|Spinal manipulation|A massage gun',
	),
	verb: split(
		'flushes|clears|realigns|releases|resets|breaks up|dissolves|detoxifies|boosts|balances|unlocks|drains|rebuilds|loosens|rewires',
	),
	object: split(
		'toxins from the muscles|lactic acid|scar tissue|the spine|the nervous system|stored emotions|fascial adhesions|the immune system|blood flow to the discs|trapped nerves|muscle knots|inflammation|the pelvis|posture for good|stress hormones|endorphins|the lymph system|old injuries|spinal discs|nerve pathways|muscle memory|the hips|the core|tight hamstrings|joint fluid',
	),
};

/** Guideline bodies (made up) and their topics. */
export const GUIDELINE_BODIES = split(
	'National Spine Council|Federation of Manual Therapists|Society for Back Care|College of Musculoskeletal Medicine|Pain Practice Network|Allied Health Evidence Board|Institute for Physical Therapies|Primary Care Back Pain Group|Association of Massage Educators|Consortium for Spinal Health|Rehabilitation Standards Office|Council on Integrative Care|Occupational Back Health Panel|Musculoskeletal Guideline Alliance|Chronic Pain Guidance Committee',
);

/** Author surnames and given names, from many countries. */
export const SURNAMES = split(
	'Andersen|Bakker|Chen|Dubois|Eriksson|Fernandes|García|Hansen|Ito|Jensen|Kowalski|Lindqvist|Müller|Nakamura|Oliveira|Petrov|Quinn|Rossi|Schmidt|Tanaka|Ulrich|Virtanen|Wang|Xu|Yamamoto|Zhang|Ahmed|Brennan|Costa|Dimitriou|Evans|Fischer|Gupta|Horvath|Iqbal|Jovanović|Kim|Larsen|Moreau|Nielsen|Okafor|Park|Richter|Santos|Takahashi|Van Dijk|Walsh|Young|Zimmermann|Abbott|Becker|Cherkin|Delaney|Engel|Fraser|Gallagher|Hughes|Ivanova|Kaur|Lopez|Mensah|Novak|Osei|Patel|Reyes|Silva|Thompson|Usman|Varga|Weber',
);
export const GIVEN = split(
	'Anna|Ben|Carla|David|Elena|Farid|Greta|Hiro|Ines|Jonas|Karen|Luis|Maria|Nils|Olga|Pablo|Rita|Sanjay|Tomás|Uma|Viktor|Wen|Yusuf|Zoe',
);
export const JOURNALS = split(
	'Journal of Manual Therapy Research|Spine Care Journal|Clinical Journal of Back Pain|Musculoskeletal Evidence|Journal of Bodywork Science|Pain Medicine Reports|Complementary Therapies in Practice|Journal of Rehabilitation Trials|European Journal of Spinal Health|Physiotherapy Evidence Review|International Journal of Massage Studies|Primary Care Musculoskeletal Research|Journal of Integrative Pain Care|Annals of Physical Therapies|Back Pain Trials Quarterly',
);

/** Turns a title into a kebab-case slug. */
export const slugify = (title: string): string =>
	title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Draws `count` unique titles from `make`; after many collisions a distinguishing word is added. */
export function uniqueTitles(random: Random, count: number, make: () => string): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	const extra = split(
		'in adults|in older adults|in athletes|in office workers|in manual workers|in pregnancy|in adolescents|in drivers|in nurses|in musicians',
	);
	while (out.length < count) {
		let title = make();
		for (let tries = 0; seen.has(slugify(title)); tries++) {
			title =
				tries < 40
					? make()
					: `${make()} ${random.pick(extra)}${tries > 400 ? ` ${random.pick(SURNAMES)} series` : ''}`;
		}
		seen.add(slugify(title));
		out.push(title);
	}
	return out;
}

/** Technique, condition, claim and guideline titles for a corpus of the given sizes. */
export function topicTitles(
	random: Random,
	counts: Record<'techniques' | 'conditions' | 'claims' | 'guidelines', number>,
) {
	const t = TECHNIQUE_PARTS;
	const c = CONDITION_PARTS;
	const k = CLAIM_PARTS;
	const conditions = uniqueTitles(
		random,
		counts.conditions,
		() => `${random.pick(c.course)} ${random.pick(c.region)} ${random.pick(c.problem)}`,
	);
	return {
		techniques: uniqueTitles(
			random,
			counts.techniques,
			() => `${random.pick(t.modifier)} ${random.pick(t.base)}`,
		),
		conditions,
		claims: uniqueTitles(
			random,
			counts.claims,
			() => `${random.pick(k.subject)} ${random.pick(k.verb)} ${random.pick(k.object)}`,
		),
		guidelines: uniqueTitles(
			random,
			counts.guidelines,
			() =>
				`${random.pick(GUIDELINE_BODIES)} guideline on ${random.pick(conditions).toLowerCase()}`,
		),
	};
}
