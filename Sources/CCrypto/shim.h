// OpenSSL's message digests (Debian's libssl-dev): glia's SHA-256.
#include <openssl/evp.h>
