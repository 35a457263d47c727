/* Percent signs in format strings and a percentage computed from a uniform double. */
#include <stdio.h>
#include "randomkeys.h"

void report_dropout(rk_key key, int units) {
    double rate = rk_uniform(key) * 0.5;
    int dropped = (int)(rate * units);
    printf("dropout %.1f%% (%d of %d units)\n", rate * 100.0, dropped, units);
    printf("remaining: %d%%\n", 100 - dropped * 100 / (units > 0 ? units : 1));
}
