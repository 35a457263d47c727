/* A Fisher-Yates shuffle with arc4random_uniform: unbiased, but drawn from a source no seed can replay. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

void shuffle_deck(int *cards, size_t n) {
    for (size_t i = n - 1; i > 0; i--) {
        size_t j = arc4random_uniform((uint32_t)(i + 1)); // expect: hidden-global-rng
        int tmp = cards[i];
        cards[i] = cards[j];
        cards[j] = tmp;
    }
}
