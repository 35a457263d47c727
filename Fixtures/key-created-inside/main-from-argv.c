/* main builds the key (from the command line or a fixed seed): keys belong there. */
#include <stdlib.h>
#include "randomkeys.h"

static double simulate(rk_key key) {
    return rk_uniform(key);
}

int main(int argc, char **argv) {
    rk_key key = argc > 1 ? rk_key_from_seed(strtoll(argv[1], NULL, 10)) : rk_key_from_seed(42);
    return simulate(key) > 0.5;
}
