#ifndef GLIA_PNG_H
#define GLIA_PNG_H

#include <stddef.h>

/// Encodes an 8-bit image as a PNG at compression level `compression` (0-9, as zlib's).
///
/// `channels` is 3 for RGB rows or 1 for rows of indices into `palette` (`palette_size`
/// RGB triples, at most 256). Rows are `width * channels` bytes, top row first. Palette rows
/// are stored unfiltered (filters rarely help indices) and compressed with libdeflate; RGB
/// rows go through libpng and zlib, which pick a filter per row. No time or text chunks are
/// written, so the same pixels give the same bytes.
///
/// libpng reports errors by longjmp, which Swift cannot catch, so this glue is C. On success
/// returns 0 and sets `*out` (free it with `glia_png_free`) and `*out_size`; on failure
/// returns -1 and writes a message into `error` (`error_size` bytes).
int glia_png_encode(const unsigned char *rows, int width, int height, int channels,
                    const unsigned char *palette, int palette_size, int compression,
                    unsigned char **out, size_t *out_size, char *error, size_t error_size);

/// Frees the buffer `glia_png_encode` returned.
void glia_png_free(unsigned char *buffer);

#endif
