#include "randomkeys.h"
