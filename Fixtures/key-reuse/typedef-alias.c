/* A typedef of the key type is the key type: drawing twice from it repeats the numbers. */
#include "randomkeys.h"

typedef rk_key stream_key;
typedef stream_key walker_key;

double twice(walker_key key) {
    double a = rk_uniform(key);
    double b = rk_uniform(key); // expect: key-reuse
    return a + b;
}

double once_each(stream_key key) {
    rk_key parts[2];
    rk_split(key, parts, 2);
    return rk_uniform(parts[0]) + rk_uniform(parts[1]);
}
