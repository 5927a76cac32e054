#include <cstdlib>
#include <cstdint>

struct Pixel { std::uint8_t r, g, b; };

Pixel *alloc_image(std::size_t width, std::size_t height) {
    // ruleid: c-alloc-size-overflow
    return static_cast<Pixel *>(malloc(width * height * sizeof(Pixel)));
}

Pixel *alloc_row(std::size_t width) {
    // ok: c-alloc-size-overflow
    return static_cast<Pixel *>(calloc(width, sizeof(Pixel)));
}
