/* A simulation picks a random word; "tokens" of a text are not secrets, but the name says token:
   the word is read from the array, the index is not stored in it. */
#include <stdlib.h>

const char *pick_word(const char **words, int count) {
    int index = rand() % count; /* expect: hidden-global-rng, modulo-bias */
    return words[index];
}
