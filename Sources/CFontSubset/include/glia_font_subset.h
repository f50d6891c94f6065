#ifndef GLIA_FONT_SUBSET_H
#define GLIA_FONT_SUBSET_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Subsets the TrueType font `font` (`size` bytes) to the characters `codepoints` without
/// hinting (HarfBuzz's hb-subset), then compresses it as WOFF2 (Google's woff2 library).
/// Returns a buffer from calloc, which the caller frees, holding `*out_size` bytes; NULL
/// when the font cannot be read or subset.
uint8_t *glia_font_subset_woff2(const uint8_t *font, size_t size, const uint32_t *codepoints,
                                size_t count, size_t *out_size);

#ifdef __cplusplus
}
#endif

#endif
