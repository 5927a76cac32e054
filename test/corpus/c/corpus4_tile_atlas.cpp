// atlaspack: packs sprite tiles from community mod archives into a texture atlas for a 2D game engine.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct TileHeader {
    char name[24];
    uint32_t width, height, name_len;
};
struct Tile {
    std::string name;
    uint32_t width = 0, height = 0;
    uint8_t *pixels = nullptr;
};

class Atlas {
public:
    ~Atlas() {
        for (Tile *t : tiles_) {
            std::free(t->pixels);
            delete t;
        }
    }

    bool loadTile(FILE *mod) {
        TileHeader hdr;
        if (std::fread(&hdr, sizeof hdr, 1, mod) != 1)
            return false;
        char name[24];
        // ruleid: c-tainted-copy-length
        std::memcpy(name, hdr.name, hdr.name_len);
        name[sizeof name - 1] = '\0';
        Tile *t = new Tile;
        t->name = name;
        t->width = hdr.width;
        t->height = hdr.height;
        // ruleid: c-alloc-size-overflow, c-tainted-alloc-size
        t->pixels = static_cast<uint8_t *>(std::malloc(hdr.width * hdr.height * 4));
        if (t->pixels == nullptr) {
            delete t;
            return false;
        }
        tiles_.push_back(t);
        return std::fread(t->pixels, 4, hdr.width * hdr.height, mod) > 0;
    }

    bool loadTileChecked(FILE *mod) {
        TileHeader hdr;
        if (std::fread(&hdr, sizeof hdr, 1, mod) != 1)
            return false;
        if (hdr.width == 0 || hdr.height == 0 || hdr.width > 512 || hdr.height > 512)
            return false;
        char name[24];
        size_t n = hdr.name_len < sizeof name - 1 ? hdr.name_len : sizeof name - 1;
        // ok: c-tainted-copy-length
        std::memcpy(name, hdr.name, n);
        name[n] = '\0';
        auto t = std::make_unique<Tile>();
        t->name = name;
        t->width = hdr.width;
        t->height = hdr.height;
        // ok: c-alloc-size-overflow, c-tainted-alloc-size
        t->pixels = static_cast<uint8_t *>(std::malloc(static_cast<size_t>(hdr.width) * hdr.height * 4));
        if (t->pixels == nullptr)
            return false;
        std::fread(t->pixels, 4, static_cast<size_t>(hdr.width) * hdr.height, mod);
        tiles_.push_back(t.release());
        return true;
    }

    void dropLast() {
        if (tiles_.empty())
            return;
        Tile *t = tiles_.back();
        delete t;
        // ruleid: c-use-after-delete
        std::free(t->pixels);
        tiles_.pop_back();
    }

    void replaceFirst(Tile *replacement) {
        Tile *old = tiles_.front();
        tiles_.front() = replacement;
        std::free(old->pixels);
        delete old;
        // ok: c-use-after-delete
        std::printf("replaced with %s\n", replacement->name.c_str());
    }

    void dedupe() {
        for (size_t i = 1; i < tiles_.size();) {
            if (tiles_[i]->name != tiles_[i - 1]->name) {
                ++i;
                continue;
            }
            Tile *dup = tiles_[i];
            bool last = (i + 1 == tiles_.size());
            std::free(dup->pixels);
            delete dup;
            tiles_.erase(tiles_.begin() + static_cast<long>(i));
            if (last) {
                // ruleid: c-double-delete
                delete dup;
            }
        }
    }

private:
    std::vector<Tile *> tiles_;
};

static void load_palette(const char *mod_dir, const char *entry_from_manifest) {
    std::string path = std::string(mod_dir) + "/" + entry_from_manifest;
    // ruleid: c-path-traversal
    FILE *pal = std::fopen(path.c_str(), "rb");
    if (pal != nullptr)
        std::fclose(pal);
}

int main(int argc, char **argv) {
    if (argc < 2)
        return 2;
    // ok: c-path-traversal
    FILE *mod = std::fopen(argv[1], "rb");
    if (mod == nullptr)
        return 1;
    char palette[64] = {0};
    if (std::fread(palette, 1, sizeof palette - 1, mod) > 0)
        load_palette("/usr/share/atlaspack/mods", palette);
    Atlas atlas;
    while (argc > 2 ? atlas.loadTile(mod) : atlas.loadTileChecked(mod)) {
    }
    atlas.dedupe();
    std::fclose(mod);
    return 0;
}
