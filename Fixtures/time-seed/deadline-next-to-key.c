/* A key from argv drives an anytime search; time() only bounds how long the loop runs. */
#include <stdlib.h>
#include <time.h>
#include "randomkeys.h"

int main(int argc, char **argv) {
    rk_key key = rk_key_from_seed(argc > 1 ? atoll(argv[1]) : 7);
    time_t deadline = time(NULL) + 10;
    double best = 0;
    for (uint32_t step = 0; time(NULL) < deadline; step++) {
        double candidate = rk_uniform(rk_fold_in(key, step));
        if (candidate > best) best = candidate;
    }
    return best > 0.99;
}
