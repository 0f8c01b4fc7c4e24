/**
 * Decides whether a sentence asserts a fact that needs a citation, and whether it has one.
 * A heuristic with named signals, measured against tests/fixtures/audit/sentences.tsv:
 * facts are numbers, "studies show", causal or comparative verbs and prevalence; advice,
 * questions, headings, definitions and hedged opinion are not claims.
 */
import { findCitations } from '../content/citation-syntax.ts';

const NUMBER =
	/\b\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|times|sessions?|weeks?|months?|years?|minutes?|hours?|days?|points?|million|billion|patients|people|adults|participants|studies|trials)\b|\d+(?:\.\d+)?\s*%|\b\d{2,}\b/i;
const NUMBER_WORDS =
	/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)\s+(?:in|out of)\s+(?:\w+)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:weeks?|months?|years?|sessions?)\b/i;
const NOT_COUNTS = /\b\d+-year-old\b|,\s*\d{1,2},|\b(?:19|20)\d{2}\b/g;
const RESEARCH =
	/\b(?:stud(?:y|ies)|research(?:ers)?|trials?|evidence|scientists|experts|science|data|reviews?|reviewers|meta-analys[ie]s|guidelines?)\b[^.]*?\b(?:show|shows|showed|shown|found|finds?|prove[sd]?|proven|suggest(?:s|ed)?|demonstrat\w+|indicat\w+|confirm\w*|report(?:s|ed)?|conclud\w+|reveal\w*|support\w*|recommends?)\b|\b(?:according to|backed by) (?:research|science|studies)\b|\b(?:clinically|scientifically) proven\b|\bshown to\b|\bdemonstrated to\b/i;
const CAUSAL =
	/\b(?:reduc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|increas(?:e|es|ed)|decreas(?:e|es|ed)|reliev(?:e|es|ed|ing)|releas(?:e|es|ed)|boost(?:s|ed)?|flush(?:es|ed)?|remov(?:e|es|ed)|lower(?:s|ed)|prevent(?:s|ed)?|heal(?:s|ed)?|treats|treated|cures?|cured|eliminat(?:e|es|ed)|enhanc(?:e|es|ed)|alleviat(?:e|es|ed)|eases?|eased|lessen(?:s|ed)?|restor(?:e|es|ed)|stimulat(?:e|es|ed)|promot(?:e|es|ed)|accelerat(?:e|es|ed)|speeds? up|breaks? (?:up|down)|detoxif\w+|corrects?|fix(?:es|ed)?|realign\w*|strengthens?|loosens?|blocks?|caus(?:e|es|ed)|aids?|assists?|delivers?|exacerbat(?:e|es|ed)|worsen(?:s|ed)?|helps?|helped|impacts?|affects?|produces?|recover(?:s|ed)?)\b|\b(?:is|are|was|were|be) (?:highly |very |more |less )?(?:effective|beneficial|safe|superior|better|worse|proven|linked|associated|gone)\b|\beffective\b|\bbeneficial\b|\bworks? (?:better|well|best)\b|\bwill work\b|\bleads? to\b|\bresults? in\b|\beffects? (?:on|similar)\b|\bgets? better\b|\b(?:more|less) (?:likely|prone)\b|\bfewer\b|\bfaster than\b|\bthan (?:those|men|women|the)\b|\badverse (?:events?|effects?)\b/i;
const PURPOSE =
	/^(?:in order )?to [^,]+,\s*|\b(?:in order|so as) to \w+[^,.]*|\b(?:uses?|used|using|intended|designed|aims?|goal is) [^.]*?\bto \w+/gi;
const PREVALENCE =
	/\b(?:most (?:people|adults|americans|cases|back pain|episodes)|majority|millions?|billions?|leading cause|common(?:est)? cause|one of the most common|affects? (?:many|millions|most|about|around|up to|\d)|prevalent|prevalence|at some point in their li(?:fe|ves)|worldwide|globally)\b/i;
const ADVICE =
	/^(?:please |always |never |just )?(?:drink|talk|book|try|make sure|avoid|consult|ask|call|contact|let|remember|consider|don['’]t|do not|do|be|keep|find|choose|look|see|visit|speak|tell|stop|start|use|schedule|sign up|join|read|learn|check|discover|get|take|give|stay|wear|bring|arrive|follow|share|click|leave|subscribe|verify|assess|incorporate|combine)\b/i;
const ADVISORY =
	/\bit is (?:important|essential|advisable|best|wise|recommended|a good idea) to\b|\byou should\b|\bshould (?:speak|talk|see|consult|ask|check|avoid|stop|tell|discuss)\b|\bmake sure\b|\bbe sure to\b|\bwe (?:recommend|advise|suggest|encourage)\b/i;
const OPINION =
	/\b(?:I|we) (?:personally )?(?:think|believe|feel|found|find|love|recommend|suggest|offer|provide|specialise|specialize|are|have|use)\b|\bin (?:my|our) (?:experience|opinion|view)\b|\b(?:many|some|our) (?:clients|patients|customers|healthcare professionals) (?:tell|say|report|find|feel|recommend)\b|\bwe['’]re\b|\bour (?:therapists|team|clinic|massage|services?)\b|^(?:the )?(?:client|patient)s? (?:is|reports|presents|states|describes)\b|\bverdict\b|^plan:/i;
const META =
	/\b(?:in this (?:post|article|blog|guide|page|essay)|this (?:post|article|blog|guide|essay|report|paper) (?:will|explores|covers|looks|examines|discusses)|(?:this|the next|the following) (?:section|chapter) (?:is|covers|says|uses|discusses|examines)|this (?:page|site) (?:is|covers|says|uses)|on this (?:site|page)|we found no|in our (?:verified )?sources|\b(?:our|the) sources (?:we hold )?(?:do not|report no|hold no)|the sources we hold|the claim (?:is|comes|gives|says))\b/i;
const DEFINITION =
	/^[\p{Lu}][\p{L}\s'()-]{2,60}\b(?:is|are|refers to|means|involves|uses|consists of|are described as) (?:a|an|the|when|any|long|short|gentle|firm|slow|rhythmic)\b/u;
const HEDGE =
	/\b(?:may|might|could|can)\s+(?:feel|be a|be an|be one|be used|be combined|be done|be added|vary|differ|lead you)\b/i;

/** Why a sentence counts as a claim (empty when it does not). */
export function claimSignals(sentence: string): string[] {
	const s = sentence.trim();
	if (s.length < 25 || s.endsWith('?') || !/[.!]["”)]?$/.test(s)) return [];
	const bare = s.replace(
		/^(?:however|also|so|finally|overall|instead|therefore|remember|again),?\s+/i,
		'',
	);
	if (ADVICE.test(bare) || ADVISORY.test(s) || META.test(s) || OPINION.test(s)) return [];
	const signals: string[] = [];
	const counted = s.replace(/\[[^\]]*\]|\([^)]*\d{4}[a-z]?\)/g, '').replace(NOT_COUNTS, '');
	if (NUMBER.test(counted) || NUMBER_WORDS.test(counted)) signals.push('number');
	if (RESEARCH.test(s)) signals.push('research');
	if (PREVALENCE.test(s)) signals.push('prevalence');
	if (CAUSAL.test(s.replace(PURPOSE, ' '))) signals.push('causal');
	if (signals.length === 0) return [];
	if (signals.length === 1 && signals[0] === 'causal' && (DEFINITION.test(s) || HEDGE.test(s)))
		return [];
	return signals;
}

/** An author-year mention ("Cherkin et al., 2011", "Furlan and colleagues (2015)"). */
export const AUTHOR_YEAR =
	/\b(\p{Lu}[\p{L}'’-]+)(?:\s+(?:et al\.?|and colleagues|and co-workers|(?:and|&)\s+\p{Lu}[\p{L}'’-]+))?,?\s*\(?((?:19|20)\d{2})[a-z]?\)?/gu;

/** True when the sentence carries a citation: Pandoc, author-year, numbered or a marker link. */
export function hasCitation(sentence: string): boolean {
	if (findCitations(sentence).length > 0) return true;
	if (/\[\d+(?:[,–-]\s*\d+)*\]|\(\d+(?:[,–-]\s*\d+)*\)$/.test(sentence)) return true;
	for (const m of sentence.matchAll(AUTHOR_YEAR)) {
		const around = sentence.slice(
			Math.max(0, (m.index ?? 0) - 1),
			(m.index ?? 0) + m[0].length + 1,
		);
		if (/\(|\)/.test(around) || /et al|colleagues|&| and /.test(m[0])) return true;
	}
	return false;
}
