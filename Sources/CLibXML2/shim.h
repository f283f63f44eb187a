#ifndef SPAMLINT_CLIBXML2_SHIM_H
#define SPAMLINT_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; Foundation ships its own ICU. A module that sees both fails
// with "'UErrorCode' has different definitions", so hide libxml2's ICU part before anything
// includes encoding.h. Never touch xmlCharEncodingHandler from Swift as a consequence.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

// xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void spamlint_xmlFree(void *pointer) { xmlFree(pointer); }

// Silences libxml2's default error printing to stderr (a per-thread setting).
static void spamlint_ignoreStructuredError(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static inline void spamlint_silenceErrors(void) {
    xmlSetStructuredErrorFunc(NULL, spamlint_ignoreStructuredError);
}

#endif
