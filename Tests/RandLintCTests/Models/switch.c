#include <stdlib.h>
#include "randomkeys.h"

double pick(rk_key key, int mode) {
    double x = 0;
    switch (mode) {
    case 0:
        x = rk_uniform(key);
        break;
    case 1:
    case 2:
        x = rk_normal(key);
        /* falls through */
    case 3:
        x += rk_uniform(key);
        break;
    case 4: {
        x = 1;
        return x;
    }
    case 5:
        for (int i = 0; i < 3; i++) {
            if (i == 1) break;
        }
        abort();
    case 6:
        exit(1);
    }
    return x;
}

int level(int n) {
    switch (n) {
    default:
        srand(1);
        break;
    case 7:
        rand();
    }
    return 0;
}
