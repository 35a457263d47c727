/* srand and rand come from the project's own header, not from libc: nothing to report. */
#include "own_random.h"

static void restart(void) {
    srand(7);
}

int main(void) {
    srand(42);
    int first = rand();
    restart();
    return first + rand();
}
