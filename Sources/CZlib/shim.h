#ifndef HEARSAY_CZLIB_SHIM_H
#define HEARSAY_CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a macro, which Swift cannot call. 15 + 32: any window size, and
   zlib or gzip headers detected automatically. */
static inline int hz_inflate_init(z_stream *s) {
    return inflateInit2(s, 15 + 32);
}
/* A gzip (not zlib) stream for writing, used to build WARC fixtures. */
static inline int hz_deflate_init_gzip(z_stream *s, int level) {
    return deflateInit2(s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
#endif
