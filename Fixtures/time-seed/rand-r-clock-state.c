/* rand_r's state is seeded from the clock, but rand_r is caller-owned state, not a global seed, key or generator. */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    unsigned int state = (unsigned int)time(NULL) ^ (unsigned int)getpid();
    int heads = 0;
    for (int i = 0; i < 100; i++) {
        heads += rand_r(&state) & 1;
    }
    return heads > 50;
}
