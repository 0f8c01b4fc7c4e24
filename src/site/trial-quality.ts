/**
 * A trial's PEDro score, shown where therapists look for trial quality (the finding card and the
 * reference page), always with a link to the PEDro record it was read from.
 */

/** A PEDro score and the record that prints it. */
export interface PedroScore {
	/** The score as the record prints it, e.g. "7/10". */
	score: string;
	/** The PEDro record's address. */
	url: string;
}

/**
 * The PEDro score of a reference, from its `pedro` and `pedrourl` fields (the bibliography checks
 * their form), or undefined when it has none or lacks the record to check it against.
 */
export function pedroOf(fields: Readonly<Record<string, string>>): PedroScore | undefined {
	const score = fields['pedro']?.trim();
	const url = fields['pedrourl']?.trim();
	return score && url ? { score, url } : undefined;
}
