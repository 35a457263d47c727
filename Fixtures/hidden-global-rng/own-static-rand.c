/* The file defines its own static rand() (a tiny LCG for a retro game); calls to it are not libc's. */
#include <stdio.h>

static unsigned long lcg_state = 12345;

static int rand(void) {
    lcg_state = lcg_state * 1103515245UL + 12345UL;
    return (int)((lcg_state >> 16) & 0x7FFF);
}

static int random(void) {
    return rand() ^ (rand() << 15);
}

int main(void) {
    for (int i = 0; i < 4; i++) {
        printf("%d %d\n", rand() & 7, random() & 0xFF);
    }
    return 0;
}
