/* erand48/nrand48/jrand48 keep their state in the caller's array: no global generator. */
#include <stdlib.h>

int main(void) {
    unsigned short xsubi[3] = {0x1234, 0xabcd, 0x330e};
    double sum = 0;
    for (int i = 0; i < 8; i++) {
        sum += erand48(xsubi);
        sum += (double)nrand48(xsubi) / 2147483648.0;
        sum += (double)jrand48(xsubi) / 4294967296.0;
    }
    return sum > 4;
}
