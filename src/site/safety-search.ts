/**
 * What was searched for adverse events, site-wide: the safety section of a technique page with no
 * safety finding says this (or the page's own `safetySearched`, when an editor searched further
 * for that technique), never a bare "none".
 */
import type { Searched } from '../schemas/page.ts';

/** The site-wide search for harms behind every "no safety findings in our sources". */
export const SAFETY_SEARCH: Searched = {
	on: new Date('2026-12-02'),
	what: 'Our references were searched for adverse events, side effects, contraindications and serious harms, including the systematic and scoping reviews of the adverse events of manual therapy, of spinal manipulation and of massage, and the reviews of massage and manual therapy in pregnancy.',
};
