/* A project that defines its own srand/rand (no <stdlib.h>): calls to them are not libc's. */
static unsigned long next_value = 1;

void srand(unsigned seed) {
    next_value = seed;
}

int rand(void) {
    next_value = next_value * 1103515245 + 12345;
    return (int)((next_value / 65536) % 32768);
}

static void restart(void) {
    srand(1);
}

int main(void) {
    srand(42);
    restart();
    return rand();
}
