#include <stdlib.h>
#include "randomkeys.h"

void loops(rk_key key, int n) {
    for (int i = 0; i < n; i++) {
        rand();
    }
    for (;;) {
        if (rand() > 5) break;
    }
    int j = 0;
    for (; j < rand(); ) j++;
    while (rand() < 10) {
        continue;
    }
    do {
        srand(1);
    } while (n-- > 0);
    for (rk_key k = rk_fold_in(key, 1); n > 0; n--) {
        rk_uniform(k);
    }
label:
    if (n) goto label;
}
