/* A reset token filled character by character from a charset picked with random(). */
#include <stdlib.h>

static const char charset[] = "abcdefghijklmnopqrstuvwxyz0123456789";

void make_reset_token(char token[17]) {
    for (int i = 0; i < 16; i++) {
        token[i] = charset[random() % (sizeof charset - 1)]; /* expect: hidden-global-rng, modulo-bias, insecure-rng-for-secret */
    }
    token[16] = '\0';
}
