/* The key is split now; the NOLINT comments from the days of one key silence nothing. A
 * clang-tidy check named beside ours stays. */
#include "randomkeys.h"

double draw_two(rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    double a = rk_uniform(sub[0]); // NOLINT(randlint-key-reuse) // expect: unused-suppression
    float b = rk_uniform(sub[1]); // NOLINT(randlint-key-reuse, bugprone-narrowing-conversions) // expect: unused-suppression
    return a + b;
}
