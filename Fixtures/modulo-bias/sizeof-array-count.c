/* A random greeting picked with % (array length): five entries, so the first ones come up more often. */
#include <stdlib.h>

static const char *greetings[] = {"hello", "hi", "hey", "howdy", "greetings"};

const char *random_greeting(void) {
    return greetings[rand() % (sizeof greetings / sizeof greetings[0])]; // expect: hidden-global-rng, modulo-bias
}
