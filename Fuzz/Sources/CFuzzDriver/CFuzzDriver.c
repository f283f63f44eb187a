// Declarations only (see include/CFuzzDriver.h); the definition is in libclang_rt.fuzzer.
#include "CFuzzDriver.h"
