/* Microseconds mixed with the pid: "more random", still a clock seed no run can reproduce. */
#include <stdlib.h>
#include <sys/time.h>
#include <unistd.h>

int main(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    srand((unsigned)(tv.tv_usec ^ getpid())); // expect: global-seed, time-seed
    int lane = rand() & 3; // expect: hidden-global-rng
    return lane;
}
