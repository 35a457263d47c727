/* The pid names the output file; the key is built from a constant. */
#include <stdio.h>
#include <unistd.h>
#include "randomkeys.h"

int main(void) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/walk-%d.csv", (int)getpid());
    FILE *out = fopen(path, "w");
    if (!out) return 1;
    rk_key key = rk_key_from_seed(2024);
    for (uint32_t i = 0; i < 100; i++) {
        fprintf(out, "%u,%f\n", i, rk_normal(rk_fold_in(key, i)));
    }
    fclose(out);
    return 0;
}
