/* arc4random is the system CSPRNG: a password from it is not reported. */
#include <stdlib.h>

void make_password(char *password, int length) {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < length; i++) {
        password[i] = alphabet[arc4random_uniform(sizeof alphabet - 1)]; /* expect: hidden-global-rng */
    }
    password[length] = '\0';
}
