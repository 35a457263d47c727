/* Local functions whose names look random-related, and caller-owned generator state. */
#include <stdlib.h>

static double random_walk(double x, int steps, unsigned *state) {
    for (int i = 0; i < steps; i++) {
        x += (rand_r(state) % 2) ? 1.0 : -1.0;
    }
    return x;
}

static int rand_step(int x) {
    return x * 31 + 7;
}

int main(void) {
    unsigned state = 42;
    double x = random_walk(0.0, 100, &state);
    return rand_step((int)x) > 0;
}
