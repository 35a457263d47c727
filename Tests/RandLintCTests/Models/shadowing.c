#include <stdlib.h>
#include <stdio.h>

/* srand(1) in a comment is not a call; neither is "srand(2)" in a string. */
struct rng {
    unsigned seed;
    void (*reseed)(unsigned);
};

static int rand_step(int x) { return x * 1103515245 + 12345; }

static void random_walk(double *x, int n) {
    for (int i = 0; i < n; i++) x[i] += rand_step(i);
}

#if 0
void disabled(void) { srand(3); }
#endif

void use(struct rng *r) {
    r->seed = 42;
    r->reseed(7);
    puts("srand(4)");
    double xs[4] = {0};
    random_walk(xs, 4);
}

int main(void) {
    srand(5);
    return rand() % 6;
}
