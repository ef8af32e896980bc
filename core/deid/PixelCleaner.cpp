#include "deid/PixelCleaner.h"

#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace scanshield::deid {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "PixelCleaner" (docs/ARCHITECTURE.md, "Translations").
class PixelCleanerText {
    Q_DECLARE_TR_FUNCTIONS(PixelCleaner)
};

struct Layout {
    int rows = 0;
    int columns = 0;
    int samples = 1;
    int frames = 1;
    int bitsAllocated = 0;
    bool planar = false;      // colour planes one after the other rather than interleaved
    std::uint32_t black = 0;  // the stored value that shows as black
};

std::optional<Layout> layoutOf(DcmDataset& dataset)
{
    Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0, bitsStored = 0, planar = 0, signedness = 0;
    if (dataset.findAndGetUint16(DCM_Rows, rows).bad() || dataset.findAndGetUint16(DCM_Columns, columns).bad() ||
        dataset.findAndGetUint16(DCM_BitsAllocated, bitsAllocated).bad())
        return std::nullopt;
    dataset.findAndGetUint16(DCM_SamplesPerPixel, samples);
    dataset.findAndGetUint16(DCM_BitsStored, bitsStored);
    dataset.findAndGetUint16(DCM_PlanarConfiguration, planar);
    dataset.findAndGetUint16(DCM_PixelRepresentation, signedness);
    Sint32 frames = 1;
    dataset.findAndGetSint32(DCM_NumberOfFrames, frames);
    OFString photometric;
    dataset.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    Layout layout;
    layout.rows = rows;
    layout.columns = columns;
    layout.samples = std::max<int>(1, samples);
    layout.frames = std::max<int>(1, frames);
    layout.bitsAllocated = bitsAllocated;
    layout.planar = planar == 1 && samples > 1;
    const int bits = bitsStored > 0 ? bitsStored : bitsAllocated;
    if (photometric == "MONOCHROME1")
        layout.black = signedness ? (1u << (bits - 1)) - 1 : (1u << bits) - 1; // the brightest value shows black
    else
        layout.black = signedness ? (1u << (bits - 1)) : 0;                    // the lowest value (two's complement)
    return layout;
}

template <typename Sample>
void fill(Sample* pixels, const Layout& layout, const QRect& box)
{
    const std::size_t framePixels = std::size_t(layout.rows) * std::size_t(layout.columns);
    const std::size_t frameSamples = framePixels * std::size_t(layout.samples);
    const auto black = static_cast<Sample>(layout.black);
    for (int frame = 0; frame < layout.frames; ++frame) {
        Sample* base = pixels + std::size_t(frame) * frameSamples;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x) {
                const std::size_t pixel = std::size_t(y) * std::size_t(layout.columns) + std::size_t(x);
                for (int s = 0; s < layout.samples; ++s)
                    base[layout.planar ? std::size_t(s) * framePixels + pixel : pixel * std::size_t(layout.samples) + std::size_t(s)] = black;
            }
    }
}

} // namespace

bool blackOutText(DcmDataset& dataset, const QList<QRect>& boxes, QString* error)
{
    dicom::ensureDcmtkReady();
    if (DcmXfer(dataset.getCurrentXfer()).isEncapsulated() || DcmXfer(dataset.getOriginalXfer()).isEncapsulated()) {
        if (dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad() || !dataset.canWriteXfer(EXS_LittleEndianExplicit)) {
            *error = PixelCleanerText::tr("its pictures are compressed in a way ScanShield cannot decode to black out the text");
            return false;
        }
    }
    const std::optional<Layout> layout = layoutOf(dataset);
    if (!layout || (layout->bitsAllocated != 8 && layout->bitsAllocated != 16)) {
        *error = PixelCleanerText::tr("its pictures are stored in a way ScanShield cannot black out text in");
        return false;
    }
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element) {
        *error = PixelCleanerText::tr("its picture data cannot be read");
        return false;
    }
    const std::size_t samples = std::size_t(layout->rows) * std::size_t(layout->columns) * std::size_t(layout->samples) *
                                std::size_t(layout->frames);
    const std::size_t bytesNeeded = samples * std::size_t(layout->bitsAllocated / 8);
    Uint16* words = nullptr;
    Uint8* bytes = nullptr;
    // DCMTK keeps pixel data as OW or OB; either holds the samples in memory order here.
    if (element->getUint16Array(words).bad() || !words) {
        if (element->getUint8Array(bytes).bad() || !bytes) {
            *error = PixelCleanerText::tr("its picture data cannot be read");
            return false;
        }
    }
    if (element->getLength() < bytesNeeded) {
        *error = PixelCleanerText::tr("its picture data is shorter than its pictures");
        return false;
    }
    void* data = words ? static_cast<void*>(words) : static_cast<void*>(bytes);
    const QRect picture(0, 0, layout->columns, layout->rows);
    for (const QRect& box : boxes) {
        const QRect grown = box.adjusted(-kBlackOutMargin, -kBlackOutMargin, kBlackOutMargin, kBlackOutMargin).intersected(picture);
        if (grown.isEmpty())
            continue;
        if (layout->bitsAllocated == 8)
            fill(static_cast<Uint8*>(data), *layout, grown);
        else
            fill(static_cast<Uint16*>(data), *layout, grown);
    }
    return true;
}

} // namespace scanshield::deid
