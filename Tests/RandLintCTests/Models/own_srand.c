/* A project that defines its own srand/rand: calls to them are not libc's. */
static unsigned state = 1;

void srand(unsigned seed) { state = seed; }
int rand(void) { state = state * 1103515245u + 12345u; return (int)(state >> 16); }

void reset(void) {
    srand(9);
}

int main(void) {
    reset();
    return rand();
}

/* A configured entry point (extraEntryPoints: test_entry). */
void test_entry(void) {
    reset();
}
