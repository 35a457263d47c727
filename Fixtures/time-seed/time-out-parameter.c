/* time(&now) fills a local through its pointer argument; srandom(now) seeds from the clock. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
    time_t now;
    time(&now);
    srandom((unsigned)now); // expect: global-seed, time-seed
    for (int i = 0; i < 5; i++) {
        printf("%ld\n", random() & 0xFFFF); // expect: hidden-global-rng
    }
    return 0;
}
