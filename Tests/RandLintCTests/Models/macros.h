#include <stdlib.h>
#define HEADER_RESEED() srand(3)
