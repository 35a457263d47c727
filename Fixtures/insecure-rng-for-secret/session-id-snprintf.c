/* A session id printed from rand(): predictable from a few other ids. */
#include <stdio.h>
#include <stdlib.h>

void new_session_id(char *session_id, size_t size) {
    snprintf(session_id, size, "%08x%08x", rand(), /* expect: hidden-global-rng, insecure-rng-for-secret */
             rand()); /* expect: hidden-global-rng, insecure-rng-for-secret */
}
