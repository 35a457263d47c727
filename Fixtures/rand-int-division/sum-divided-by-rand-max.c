/* Normalising stored raw samples: the numerator is a sum of doubles, not a draw. */
#include <stddef.h>
#include <stdlib.h>

double mean_fraction(const int *raw_samples, size_t n) {
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        total += raw_samples[i];
    }
    return total / RAND_MAX / (double)n;
}
