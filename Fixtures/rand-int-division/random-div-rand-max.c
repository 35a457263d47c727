/* An epsilon-greedy agent whose exploration test is random() / RAND_MAX < epsilon: 0 < epsilon always holds. */
#include <stdlib.h>

int choose_action(const double *q, int actions, double epsilon) {
    if (random() / RAND_MAX < epsilon) { // expect: hidden-global-rng, rand-int-division
        return (int)(random() & 3); // expect: hidden-global-rng
    }
    int best = 0;
    for (int a = 1; a < actions; a++) {
        if (q[a] > q[best]) best = a;
    }
    return best;
}
