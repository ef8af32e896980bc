#include "volume/DefaceDicom.h"

#include "dicom/DcmtkSetup.h"
#include "pixels/FrameAttributes.h"
#include "volume/SliceGeometry.h"
#include "volume/VectorMath.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "DefaceDicom" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class DefaceDicomText {
    Q_DECLARE_TR_FUNCTIONS(DefaceDicom)
};

void fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
}

// How a stored value sits in its 8 or 16 bits: Bits Stored bits ending at High Bit, two's
// complement when Pixel Representation is 1. The bits around it are kept as they were.
struct StoredBits {
    int bits = 16;
    int shift = 0;
    std::uint32_t mask = 0xFFFF;
    std::uint32_t sampleMask = 0xFFFF; // all bits allocated
    bool isSigned = false;

    long read(std::uint32_t raw) const
    {
        const std::uint32_t v = (raw >> shift) & mask;
        if (isSigned && ((v >> (bits - 1)) & 1u))
            return long(v) - (1L << bits);
        return long(v);
    }
    // Where the value ends at the top bit (the usual layout), it fills the whole sample, sign
    // extended, as writers do and as readers that ignore Bits Stored expect; otherwise only
    // its own bits change.
    std::uint32_t write(std::uint32_t raw, long value) const
    {
        if (shift == 0)
            return std::uint32_t(value) & sampleMask;
        return (raw & ~(mask << shift)) | ((std::uint32_t(value) & mask) << shift);
    }
    long lowest() const { return isSigned ? -(1L << (bits - 1)) : 0; }
    long highest() const { return isSigned ? (1L << (bits - 1)) - 1 : (1L << bits) - 1; }
};

struct Layout {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int bitsAllocated = 0;
    StoredBits stored;
};

std::optional<Layout> monochromeLayout(DcmDataset& dataset, QString* error)
{
    Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0, bitsStored = 0, highBit = 0, signedness = 0;
    if (dataset.findAndGetUint16(DCM_Rows, rows).bad() || dataset.findAndGetUint16(DCM_Columns, columns).bad() ||
        dataset.findAndGetUint16(DCM_BitsAllocated, bitsAllocated).bad() || rows == 0 || columns == 0) {
        fail(error, DefaceDicomText::tr("its picture has no size in its header"));
        return std::nullopt;
    }
    dataset.findAndGetUint16(DCM_SamplesPerPixel, samples);
    OFString photometric;
    dataset.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    if (samples != 1 || (photometric != "MONOCHROME1" && photometric != "MONOCHROME2")) {
        fail(error, DefaceDicomText::tr("its pictures are in colour, and ScanShield defaces only grey scans"));
        return std::nullopt;
    }
    if (bitsAllocated != 8 && bitsAllocated != 16) {
        fail(error, DefaceDicomText::tr("its pictures are stored in a way ScanShield cannot deface"));
        return std::nullopt;
    }
    Layout layout;
    layout.rows = rows;
    layout.columns = columns;
    layout.frames = pixels::detail::declaredFrameCount(dataset);
    layout.bitsAllocated = bitsAllocated;
    dataset.findAndGetUint16(DCM_BitsStored, bitsStored);
    if (bitsStored == 0 || bitsStored > bitsAllocated)
        bitsStored = bitsAllocated;
    if (dataset.findAndGetUint16(DCM_HighBit, highBit).bad() || highBit + 1 < bitsStored || highBit >= bitsAllocated)
        highBit = Uint16(bitsStored - 1);
    dataset.findAndGetUint16(DCM_PixelRepresentation, signedness);
    layout.stored.bits = bitsStored;
    layout.stored.shift = highBit + 1 - bitsStored;
    layout.stored.mask = bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << bitsStored) - 1u);
    layout.stored.sampleMask = bitsAllocated == 8 ? 0xFFu : 0xFFFFu;
    layout.stored.isSigned = signedness == 1;
    return layout;
}

// Where a frame lies: pixel (column c, row r) is at origin + c * right + r * down.
struct FramePlacement {
    Vec3 origin{};
    Vec3 right{};
    Vec3 down{};
};

std::optional<std::vector<FramePlacement>> placements(DcmDataset& dataset, const Layout& layout, QString* error)
{
    const std::vector<SliceGeometry> slices = slicesOfDataset(dataset, QString());
    if (int(slices.size()) != layout.frames) {
        fail(error, DefaceDicomText::tr("its pictures do not say where they lie in the body"));
        return std::nullopt;
    }
    std::vector<FramePlacement> out;
    for (const SliceGeometry& slice : slices) {
        if (!slice.isPlaced() || !slice.pixelSpacing) {
            fail(error, DefaceDicomText::tr("its pictures do not say where they lie in the body"));
            return std::nullopt;
        }
        // Pixel Spacing is the distance between rows, then between columns.
        out.push_back({*slice.position, (*slice.pixelSpacing)[1] * slice.rowDirection(),
                       (*slice.pixelSpacing)[0] * slice.columnDirection()});
    }
    return out;
}

Vec3 pixelPosition(const FramePlacement& f, int column, int row)
{
    return f.origin + double(column) * f.right + double(row) * f.down;
}

// True when some pixel of the frame may lie in front of the cut: false only when its two
// diagonals are kept whole (DefacePlane::keepsAllBetween tests against planes, so a picture
// whose corners are all kept is kept whole).
bool reachesCut(const FramePlacement& f, const Layout& layout, const DefacePlane& plane)
{
    const int right = layout.columns - 1, bottom = layout.rows - 1;
    return !plane.keepsAllBetween(pixelPosition(f, 0, 0), pixelPosition(f, right, bottom)) ||
           !plane.keepsAllBetween(pixelPosition(f, right, 0), pixelPosition(f, 0, bottom));
}

bool isCt(DcmDataset& dataset)
{
    OFString modality;
    dataset.findAndGetOFString(DCM_Modality, modality);
    return modality == "CT";
}

template <typename Sample>
std::size_t cutFrames(Sample* pixels, const Layout& layout, const std::vector<FramePlacement>& frames,
                      const std::vector<bool>& needed, bool ct, const DefacePlane& plane, DcmDataset& dataset)
{
    const std::size_t framePixels = std::size_t(layout.rows) * std::size_t(layout.columns);
    const StoredBits& bits = layout.stored;

    // Other modalities: air is 0, or the smallest value of the file when that is lower (an MRI
    // whose values go below 0), so the cut looks like the background around the head. Where a
    // modality lookup table rather than slope and intercept gives the values, the stored value
    // of air cannot be worked out: the file's smallest stored value, its background, is used.
    const bool lut = pixels::detail::hasModalityLut(dataset);
    double smallestValue = 0.0;
    long smallestStored = bits.highest();
    if (!ct || lut)
        for (int f = 0; f < layout.frames; ++f) {
            const pixels::detail::ModalityTransform t = pixels::detail::modalityTransformFor(dataset, f);
            const Sample* frame = pixels + std::size_t(f) * framePixels;
            for (std::size_t n = 0; n < framePixels; ++n) {
                const long stored = bits.read(frame[n]);
                smallestStored = std::min(smallestStored, stored);
                smallestValue = std::min(smallestValue, t.slope * double(stored) + t.intercept);
            }
        }

    std::size_t changed = 0;
    for (int f = 0; f < layout.frames; ++f) {
        if (!needed[std::size_t(f)])
            continue;
        const pixels::detail::ModalityTransform t = pixels::detail::modalityTransformFor(dataset, f);
        const double airValue = ct ? -1024.0 : smallestValue;
        const long air = lut ? smallestStored
                             : std::clamp(long(std::lround((airValue - t.intercept) / t.slope)), bits.lowest(), bits.highest());
        Sample* frame = pixels + std::size_t(f) * framePixels;
        const FramePlacement& place = frames[std::size_t(f)];
        for (int r = 0; r < layout.rows; ++r) {
            if (plane.keepsAllBetween(pixelPosition(place, 0, r), pixelPosition(place, layout.columns - 1, r)))
                continue; // the whole row is kept
            Sample* row = frame + std::size_t(r) * std::size_t(layout.columns);
            for (int c = 0; c < layout.columns; ++c) {
                if (!plane.removes(pixelPosition(place, c, r)) || bits.read(row[c]) == air)
                    continue;
                row[c] = static_cast<Sample>(bits.write(row[c], air));
                ++changed;
            }
        }
    }
    return changed;
}

} // namespace

bool defaceDataset(DcmDataset& dataset, const DefacePlane& plane, QString* error, std::size_t* changedPixels)
{
    dicom::ensureDcmtkReady();
    if (changedPixels)
        *changedPixels = 0;
    if (!plane.found) {
        fail(error, plane.reason.isEmpty() ? DefaceDicomText::tr("there is no cut to deface with") : plane.reason);
        return false;
    }
    const std::optional<Layout> layout = monochromeLayout(dataset, error);
    if (!layout)
        return false;
    const std::optional<std::vector<FramePlacement>> frames = placements(dataset, *layout, error);
    if (!frames)
        return false;
    std::vector<bool> needed(frames->size(), false);
    bool any = false;
    for (std::size_t f = 0; f < frames->size(); ++f)
        any = (needed[f] = reachesCut((*frames)[f], *layout, plane)) || any;
    if (!any)
        return true; // wholly behind the cut: the file stays as it is, compressed or not

    if (DcmXfer(dataset.getCurrentXfer()).isEncapsulated() || DcmXfer(dataset.getOriginalXfer()).isEncapsulated()) {
        if (dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad() ||
            !dataset.canWriteXfer(EXS_LittleEndianExplicit)) {
            fail(error, DefaceDicomText::tr("its pictures are compressed in a way ScanShield cannot decode to remove the face"));
            return false;
        }
    }
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element) {
        fail(error, DefaceDicomText::tr("its picture data cannot be read"));
        return false;
    }
    Uint16* words = nullptr;
    Uint8* bytes = nullptr;
    // DCMTK keeps pixel data as OW or OB; either holds the samples in memory order here.
    if (element->getUint16Array(words).bad() || !words) {
        if (element->getUint8Array(bytes).bad() || !bytes) {
            fail(error, DefaceDicomText::tr("its picture data cannot be read"));
            return false;
        }
    }
    const std::size_t samples = std::size_t(layout->rows) * std::size_t(layout->columns) * std::size_t(layout->frames);
    if (element->getLength() < samples * std::size_t(layout->bitsAllocated / 8)) {
        fail(error, DefaceDicomText::tr("its picture data is shorter than its pictures"));
        return false;
    }
    void* data = words ? static_cast<void*>(words) : static_cast<void*>(bytes);
    const bool ct = isCt(dataset);
    const std::size_t changed =
        layout->bitsAllocated == 8
            ? cutFrames(static_cast<Uint8*>(data), *layout, *frames, needed, ct, plane, dataset)
            : cutFrames(static_cast<Uint16*>(data), *layout, *frames, needed, ct, plane, dataset);
    // The compressed original must not survive beside the defaced pixels: writing in the
    // original transfer syntax would otherwise bring the face back.
    if (auto* pixelData = dynamic_cast<DcmPixelData*>(element))
        pixelData->removeAllButCurrentRepresentations();
    if (changedPixels)
        *changedPixels = changed;
    return true;
}

} // namespace scanshield::volume
