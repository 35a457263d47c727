/* (double)rand() / RAND_MAX converts first: a floating-point division in [0, 1]. */
#include <stdlib.h>

double sample_wind_speed(double max_speed) {
    double u = (double)rand() / RAND_MAX; // expect: hidden-global-rng
    return u * max_speed;
}
