#include <stdlib.h>
#include "missing_config.h"
#include "helpers.h"
#include "lib/randomkeys.h"
#include <also_missing.h>

int main(void) {
    rk_key key = rk_key_from_seed(42);
    rk_key sub[2];
    rk_split(key, sub, 2);
    double u = rk_uniform(sub[0]);
    return roll() + (int)u;
}
