/* The classic srand(time(NULL)) in main: every run gets a different, unrecorded seed. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
    srand(time(NULL)); // expect: global-seed, time-seed
    int target = rand() % 100 + 1; // expect: hidden-global-rng, modulo-bias
    int guess = 0;
    while (scanf("%d", &guess) == 1 && guess != target) {
        puts(guess < target ? "higher" : "lower");
    }
    return 0;
}
