#ifndef SPAMLINT_CIDN2_SHIM_H
#define SPAMLINT_CIDN2_SHIM_H
#include <idn2.h>
#include <stdlib.h>
static inline void spamlint_idn2_free(void *pointer) { idn2_free(pointer); }
#endif
