/** The line the activation suite prints in the test host and the bench reads: the marker, then JSON. */
export const ACTIVATION_MARKER = 'policy-annotator-bench:activation';

/** The environment variable by which the bench tells the suite how many ms after the host starts to activate. */
export const ACTIVATION_MOMENT = 'POLICY_BENCH_ACTIVATE_AFTER_MS';

/** The line the corpus suite prints in the test host: the marker, then JSON of its times and memory. */
export const CORPUS_MARKER = 'policy-annotator-bench:corpus';

/** The environment variable naming the document and provision the corpus suite opens, as `<id>#<n>`. */
export const CORPUS_PROVISION = 'POLICY_BENCH_CORPUS_PROVISION';
