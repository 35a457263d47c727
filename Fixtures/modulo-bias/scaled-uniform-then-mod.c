/* drand48() is a double, not raw bits: (int)(drand48() * 1000) % 7 is not a modulo of a bits draw. */
#include <stdlib.h>

int weekday_offset(void) {
    int millis = (int)(drand48() * 1000); // expect: hidden-global-rng
    return millis % 7;
}

int wind_direction(void) {
    return (int)(drand48() * 3600) % 360; // expect: hidden-global-rng
}
