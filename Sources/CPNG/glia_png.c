#include "glia_png.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sink {
    unsigned char *bytes;
    size_t size;
    size_t capacity;
    int failed;
};

struct failure {
    char *message;
    size_t size;
};

static void write_bytes(png_structp png, png_bytep data, png_size_t length) {
    struct sink *sink = png_get_io_ptr(png);
    if (sink->failed) return;
    if (sink->size + length > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity : 65536;
        while (capacity < sink->size + length) capacity *= 2;
        unsigned char *grown = realloc(sink->bytes, capacity);
        if (!grown) {
            sink->failed = 1;
            png_error(png, "out of memory");
        }
        sink->bytes = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->bytes + sink->size, data, length);
    sink->size += length;
}

static void flush_nothing(png_structp png) { (void)png; }

static void record_error(png_structp png, png_const_charp message) {
    struct failure *failure = png_get_error_ptr(png);
    if (failure && failure->size) snprintf(failure->message, failure->size, "libpng: %s", message);
    png_longjmp(png, 1);
}

static void ignore_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

int glia_png_encode(const unsigned char *rows, int width, int height, int channels,
                    const unsigned char *palette, int palette_size, int compression,
                    unsigned char **out, size_t *out_size, char *error, size_t error_size) {
    struct failure failure = {error, error_size};
    struct sink sink = {NULL, 0, 0, 0};
    if (error_size) error[0] = 0;
    if (width <= 0 || height <= 0 || (channels != 1 && channels != 3)
        || (channels == 1 && (palette_size < 1 || palette_size > 256))) {
        if (error_size) snprintf(error, error_size, "bad PNG image description");
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &failure, record_error,
                                              ignore_warning);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        return -1;
    }
    /* Locals changed after setjmp are volatile-free: only `sink` (reached through a pointer
       libpng holds) changes, and it is read again only through that pointer. */
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(sink.bytes);
        return -1;
    }
    png_set_write_fn(png, &sink, write_bytes, flush_nothing);
    png_set_compression_level(png, compression);
    if (channels == 1) {
        png_color colors[256];
        for (int i = 0; i < palette_size; i++) {
            colors[i].red = palette[3 * i];
            colors[i].green = palette[3 * i + 1];
            colors[i].blue = palette[3 * i + 2];
        }
        png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                     PNG_COLOR_TYPE_PALETTE, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                     PNG_FILTER_TYPE_DEFAULT);
        png_set_PLTE(png, info, colors, palette_size);
        png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    } else {
        png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_ALL_FILTERS);
    }
    png_write_info(png, info);
    size_t stride = (size_t)width * (size_t)channels;
    for (int y = 0; y < height; y++) {
        png_write_row(png, (png_const_bytep)(rows + (size_t)y * stride));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    *out = sink.bytes;
    *out_size = sink.size;
    return 0;
}

void glia_png_free(unsigned char *buffer) { free(buffer); }
