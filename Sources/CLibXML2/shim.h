#ifndef HEARSAY_CLIBXML2_SHIM_H
#define HEARSAY_CLIBXML2_SHIM_H
/* Debian's libxml2 headers pull in ICU's, which clash with the ICU that Foundation
   bundles; claiming the guard and declaring the two types libxml2 needs avoids that. */
#ifndef UCNV_H
#define UCNV_H 1
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void lx_free(void *p) { xmlFree(p); }
#endif
