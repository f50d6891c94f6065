// C++ only because the woff2 encoder's API is C++; everything it exposes is plain C.
#include "glia_font_subset.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <harfbuzz/hb-subset.h>
#include <mutex>
#include <unistd.h>
#include <woff2/encode.h>

// Debian's libwoff2enc is built with its command-line tool's logging on: every encode writes
// "Compressed N to M." to standard error, which would land among glia's diagnostics. While it
// encodes, standard error points at /dev/null; glia cuts fonts once per set of characters
// (later builds reuse them), from one thread, and the mutex keeps two calls from crossing.
static bool encode_quietly(const uint8_t *data, size_t length, uint8_t *out, size_t *written) {
    static std::mutex quiet;
    std::lock_guard<std::mutex> hold(quiet);
    std::fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0) dup2(null, STDERR_FILENO);
    bool done = woff2::ConvertTTFToWOFF2(data, length, out, written);
    std::fflush(stderr);
    if (saved >= 0 && null >= 0) dup2(saved, STDERR_FILENO);
    if (null >= 0) close(null);
    if (saved >= 0) close(saved);
    return done;
}

// The subset font's bytes, or an empty blob when HarfBuzz cannot read or subset `font`.
static hb_blob_t *subset(const uint8_t *font, size_t size, const uint32_t *codepoints,
                         size_t count) {
    hb_blob_t *blob = hb_blob_create(reinterpret_cast<const char *>(font),
                                     static_cast<unsigned int>(size), HB_MEMORY_MODE_READONLY,
                                     nullptr, nullptr);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_blob_t *result = hb_blob_get_empty();
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (input != nullptr && hb_face_get_glyph_count(face) > 0) {
        hb_set_t *unicodes = hb_subset_input_unicode_set(input);
        for (size_t i = 0; i < count; i++) hb_set_add(unicodes, codepoints[i]);
        // Browsers rasterise web fonts without the hinting programs; they are half the bytes.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t *smaller = hb_subset_or_fail(face, input)) {
            result = hb_face_reference_blob(smaller);
            hb_face_destroy(smaller);
        }
    }
    if (input != nullptr) hb_subset_input_destroy(input);
    hb_face_destroy(face);
    return result;
}

uint8_t *glia_font_subset_woff2(const uint8_t *font, size_t size, const uint32_t *codepoints,
                                size_t count, size_t *out_size) {
    hb_blob_t *ttf = subset(font, size, codepoints, count);
    unsigned int length = 0;
    const uint8_t *data = reinterpret_cast<const uint8_t *>(hb_blob_get_data(ttf, &length));
    uint8_t *out = nullptr;
    if (length > 0) {
        size_t capacity = woff2::MaxWOFF2CompressedSize(data, length);
        // Zeroed: the encoder pads tables to four bytes without writing the padding, and
        // glia's output must be the same bytes on every build.
        out = static_cast<uint8_t *>(std::calloc(capacity, 1));
        size_t written = capacity;
        if (out != nullptr && encode_quietly(data, length, out, &written)) {
            *out_size = written;
        } else {
            std::free(out);
            out = nullptr;
        }
    }
    hb_blob_destroy(ttf);
    return out;
}
