/**
 * Decides whether a sentence asserts a fact that needs a citation, and whether it has one.
 * A heuristic with named signals, measured against tests/fixtures/audit/sentences.tsv:
 * facts are numbers, "studies show", causal or comparative verbs and prevalence; advice,
 * questions, headings, definitions and hedged opinion are not claims.
 */
import { findCitations } from './citation-syntax.ts';

const NUMBER = /\b\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|times|sessions?|weeks?|months?|years?|minutes?|hours?|days?|points?|million|billion|patients|people|adults|participants|studies|trials)\b|\d+(?:\.\d+)?\s*%|\b\d{2,}\b/i;
const RESEARCH = /\b(?:stud(?:y|ies)|research(?:ers)?|trials?|evidence|scientists|experts|science|data|reviews?|meta-analys[ie]s|clinical(?:ly)?|proven|shown to|demonstrated|documented)\b/i;
const CAUSAL =
	/\b(?:reduc|improv|increas|decreas|reliev|releas|boost|flush|remov|lower|prevent|heal|treat|eliminat|enhanc|alleviat|eas|lessen|restor|stimulat|promot|accelerat|speed|break[s]? (?:up|down)|detoxif|cur|correct|fix|realign|strengthen|loosen|lengthen|block|trigger|caus|aid|deliver|exacerbat|worsen|help)\w*\b|\b(?:is|are|was|were) (?:effective|beneficial|safe|superior|better|proven|linked|associated)\b|\bworks? (?:better|well)\b|\bmore effective\b|\bleads? to\b|\bresults? in\b/i;
const PREVALENCE = /\b(?:most (?:people|adults|americans|cases)|majority|millions?|billions?|leading cause|common(?:est)? cause|one of the most common|affects?|prevalent|prevalence|experience[sd]? (?:back|low)|at some point in their li(?:fe|ves)|worldwide|globally)\b/i;
const ADVICE = /^(?:please |always |never |just )?(?:drink|talk|book|try|make sure|avoid|consult|ask|call|contact|let|remember|consider|don['’]t|do not|do|be|keep|find|choose|look|see|visit|speak|tell|stop|start|use|schedule|sign up|join|read|learn|check|discover|get|take|give|stay|wear|bring|arrive|follow|share|click|leave|subscribe|verify|assess|incorporate|combine)\b/i;
const ADVISORY = /\bit is (?:important|essential|advisable|best|wise|recommended|a good idea) to\b|\byou should\b|\bmake sure\b|\bbe sure to\b|\bwe (?:recommend|advise|suggest|encourage)\b/i;
const OPINION = /\b(?:I|we) (?:think|believe|feel|find|love|recommend|suggest|offer|provide|specialise|specialize|are|have|use)\b|\bin (?:my|our) (?:experience|opinion|view)\b|\b(?:many|some|our) (?:clients|patients|customers) (?:tell|say|report|find|feel)\b|\bwe['’]re\b|\bour (?:therapists|team|clinic|massage|services?)\b/i;
const META = /\b(?:in this (?:post|article|blog|guide|page)|this (?:post|article|blog|guide) (?:will|explores|covers|looks)|this (?:page|site|section) (?:is|covers|says|uses)|on this (?:site|page)|we found no|in our (?:verified )?sources|the claim (?:is|comes|gives|says))\b/i;
const DEFINITION = /^[\p{Lu}][\p{L}\s'()-]{2,60}\b(?:is|are|refers to|means|involves|uses|consists of) (?:a|an|the|when|any|long|short|gentle|firm|slow|rhythmic)\b/u;
const HEDGE = /\b(?:may|might|could|can)\s+(?:feel|be a|be an|be one|be used|be combined|be done|vary|differ)\b/i;

/** Why a sentence counts as a claim (empty when it does not). */
export function claimSignals(sentence: string): string[] {
	const s = sentence.trim();
	if (s.length < 25 || s.endsWith('?') || !/[.!]["”)]?$/.test(s)) return [];
	const bare = s.replace(/^(?:however|also|so|finally|overall|instead|therefore|remember|again),?\s+/i, '');
	if (ADVICE.test(bare) || ADVISORY.test(s) || META.test(s) || OPINION.test(s)) return [];
	const signals: string[] = [];
	if (NUMBER.test(s.replace(/\[[^\]]*\]|\([^)]*\d{4}[a-z]?\)/g, ''))) signals.push('number');
	if (RESEARCH.test(s)) signals.push('research');
	if (PREVALENCE.test(s)) signals.push('prevalence');
	if (CAUSAL.test(s)) signals.push('causal');
	if (signals.length === 0) return [];
	if (signals.length === 1 && signals[0] === 'causal' && (DEFINITION.test(s) || HEDGE.test(s))) return [];
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
		const around = sentence.slice(Math.max(0, (m.index ?? 0) - 1), (m.index ?? 0) + m[0].length + 1);
		if (/\(|\)/.test(around) || /et al|colleagues|&| and /.test(m[0])) return true;
	}
	return false;
}
