#include <stdlib.h>
static inline int roll(void) {
    srand(11);
    return rand() % 6;
}
