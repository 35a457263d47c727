/* The key constructor hides in a macro: reported at the macro's use. */
#include "randomkeys.h"

#define DEFAULT_KEY() rk_key_from_seed(7)

double sample(void) {
    rk_key key = DEFAULT_KEY(); // expect: key-created-inside
    return rk_uniform(key);
}
