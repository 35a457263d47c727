/* The project's own generator, in a header: its srand and rand shadow libc's. */
#ifndef OWN_RANDOM_H
#define OWN_RANDOM_H

static unsigned long own_state = 1;

static inline void srand(unsigned seed) {
    own_state = seed;
}

static inline int rand(void) {
    own_state = own_state * 1103515245 + 12345;
    return (int)((own_state / 65536) % 32768);
}

#endif
