#ifndef SPAMLINT_CPSL_SHIM_H
#define SPAMLINT_CPSL_SHIM_H
#include <libpsl.h>
#endif
