/* The draw is stored in an int first; r / RAND_MAX is still integer division. */
#include <stdlib.h>

int accept_move(double delta, double temperature) {
    int r = rand(); // expect: hidden-global-rng
    double u = r / RAND_MAX; // expect: rand-int-division
    return delta < 0 || u < temperature / (temperature + delta);
}
