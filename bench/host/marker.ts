/** The line the activation suite prints in the test host and the bench reads: the marker, then JSON. */
export const ACTIVATION_MARKER = 'policy-annotator-bench:activation';

/** The environment variable by which the bench tells the suite how many ms after the host starts to activate. */
export const ACTIVATION_MOMENT = 'POLICY_BENCH_ACTIVATE_AFTER_MS';
