/* A token-bucket simulation: `tokens` counts tokens in the bucket, model state drawn for the
   simulation, not a secret token. */
#include <stdlib.h>

double simulate_bucket(int steps) {
    double tokens = 0;
    for (int i = 0; i < steps; i++) {
        tokens += drand48() * 3.0; /* expect: hidden-global-rng */
        if (tokens > 10.0) tokens = 10.0;
    }
    return tokens;
}
