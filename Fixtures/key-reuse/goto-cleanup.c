/* Forward gotos to a cleanup label are exits, not loops: each key below is used once on every
   path, so nothing repeats. */
#include <stdlib.h>
#include "randomkeys.h"

typedef rk_key noise_key;

int fill_noise(noise_key key, double **out, size_t n) {
    rk_key parts[2];
    rk_split(key, parts, 2);
    double *values = malloc(n * sizeof *values);
    if (values == NULL) goto fail;
    if (rk_uniform(parts[0]) < 0.0) goto fail_free;
    for (size_t i = 0; i < n; i++) {
        values[i] = rk_normal(rk_fold_in(parts[1], (uint32_t)i));
    }
    *out = values;
    return 0;
fail_free:
    free(values);
fail:
    return -1;
}
