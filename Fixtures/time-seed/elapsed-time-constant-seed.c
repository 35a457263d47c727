/* The clock is read to time the run; the seed next to it is a constant. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
    clock_t start = clock();
    srand(42); // expect: global-seed
    long hits = 0;
    for (long i = 0; i < 1000000; i++) {
        hits += rand() & 1; // expect: hidden-global-rng
    }
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    printf("%ld heads in %.2fs\n", hits, seconds);
    return 0;
}
