/** The line the activation suite prints in the test host and the bench reads: the marker, then JSON. */
export const ACTIVATION_MARKER = 'policy-annotator-bench:activation';
