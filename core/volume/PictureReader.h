#pragma once

// Decodes the pictures of a stack (SliceStack.h) on demand for VolumeBuilder: one file open at
// a time, and only the last two decoded pictures kept, which is all a volume slice blended from
// two neighbours needs. A series is never held in memory as float frames.

#include "media/DiscSource.h"
#include "pixels/DicomImageFile.h"
#include "volume/SliceGeometry.h"

#include <QString>

#include <array>
#include <cstddef>
#include <vector>

namespace scanshield::volume {

class PictureReader {
public:
    PictureReader(media::DiscSource& source, const std::vector<SliceGeometry>& slices);

    // The modality values (HU for CT) of picture `index` of the stack, columns x rows; empty
    // when it cannot be used, and then error() says why in plain words. Valid until the
    // second next call.
    const std::vector<float>& values(std::size_t index);
    QString error() const { return m_error; }

private:
    struct Cached {
        std::size_t index = static_cast<std::size_t>(-1);
        std::vector<float> values;
        QString error;
        unsigned long lastUse = 0;
    };

    void decodeInto(Cached& slot, std::size_t index);
    const pixels::DicomImageFile& fileFor(const QString& path);

    media::DiscSource& m_source;
    const std::vector<SliceGeometry>& m_slices;
    std::array<Cached, 2> m_cache;
    unsigned long m_uses = 0;
    QString m_openPath;
    pixels::DicomImageFile m_openFile;
    QString m_error;
};

} // namespace scanshield::volume
