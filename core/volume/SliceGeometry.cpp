#include "volume/SliceGeometry.h"

#include "media/DiscDicom.h"
#include "pixels/FrameAttributes.h"
#include "volume/VectorMath.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

#include <cmath>

namespace scanshield::volume {

Vec3 SliceGeometry::rowDirection() const
{
    if (!orientation)
        return {};
    const auto& o = *orientation;
    return normalized(Vec3{o[0], o[1], o[2]});
}

Vec3 SliceGeometry::columnDirection() const
{
    if (!orientation)
        return {};
    const auto& o = *orientation;
    return normalized(Vec3{o[3], o[4], o[5]});
}

Vec3 SliceGeometry::normal() const
{
    return normalized(cross(rowDirection(), columnDirection()));
}

double SliceGeometry::positionAlongNormal() const
{
    return position ? dot(*position, normal()) : 0.0;
}

namespace {

// `count` finite numbers of a multi-valued element (DS or FD), or nothing.
template <std::size_t count>
std::optional<std::array<double, count>> readNumbers(DcmItem& item, const DcmTagKey& tag)
{
    std::array<double, count> values{};
    for (std::size_t i = 0; i < count; ++i) {
        Float64 v = 0;
        if (item.findAndGetFloat64(tag, v, static_cast<unsigned long>(i)).bad() || !std::isfinite(v))
            return std::nullopt;
        values[i] = v;
    }
    return values;
}

QString readText(DcmItem& item, const DcmTagKey& tag)
{
    OFString text;
    if (item.findAndGetOFStringArray(tag, text).bad())
        return {};
    return QString::fromLatin1(text.c_str()).trimmed();
}

// An orientation is usable when both directions have a length (writers sometimes leave zeros).
bool usableOrientation(const std::array<double, 6>& o)
{
    return length(Vec3{o[0], o[1], o[2]}) > 0.5 && length(Vec3{o[3], o[4], o[5]}) > 0.5;
}

bool usableSpacing(const std::array<double, 2>& s)
{
    return s[0] > 0.0 && s[1] > 0.0;
}

// The first item of a functional group macro for one frame: the frame's own group, else the
// shared group. nullptr when neither has it.
DcmItem* macroItem(DcmItem* perFrameGroup, DcmItem* sharedGroup, const DcmTagKey& macro)
{
    for (DcmItem* group : {perFrameGroup, sharedGroup}) {
        DcmItem* item = nullptr;
        if (group && group->findAndGetSequenceItem(macro, item, 0).good() && item)
            return item;
    }
    return nullptr;
}

// Fills what a frame's functional groups say, over what the top level said.
void applyFunctionalGroups(SliceGeometry& slice, DcmItem* perFrame, DcmItem* shared)
{
    if (DcmItem* item = macroItem(perFrame, shared, DCM_PlanePositionSequence))
        if (auto p = readNumbers<3>(*item, DCM_ImagePositionPatient))
            slice.position = Vec3{(*p)[0], (*p)[1], (*p)[2]};
    if (DcmItem* item = macroItem(perFrame, shared, DCM_PlaneOrientationSequence))
        if (auto o = readNumbers<6>(*item, DCM_ImageOrientationPatient); o && usableOrientation(*o))
            slice.orientation = o;
    if (DcmItem* item = macroItem(perFrame, shared, DCM_PixelMeasuresSequence))
        if (auto s = readNumbers<2>(*item, DCM_PixelSpacing); s && usableSpacing(*s))
            slice.pixelSpacing = s;
    for (const DcmTagKey& frameTypeMacro : {DCM_CTImageFrameTypeSequence, DCM_MRImageFrameTypeSequence})
        if (DcmItem* item = macroItem(perFrame, shared, frameTypeMacro)) {
            const QString frameType = readText(*item, DCM_FrameType);
            if (!frameType.isEmpty())
                slice.imageType = frameType;
        }
}

// The items of a sequence in order, walked once: looking up item n from the start for every
// frame would make a file of thousands of frames slow.
std::vector<DcmItem*> itemsOf(DcmItem& dataset, const DcmTagKey& tag)
{
    std::vector<DcmItem*> items;
    DcmSequenceOfItems* sequence = nullptr;
    if (dataset.findAndGetSequence(tag, sequence).bad() || !sequence)
        return items;
    items.reserve(sequence->card());
    for (DcmObject* object = sequence->nextInContainer(nullptr); object; object = sequence->nextInContainer(object))
        items.push_back(static_cast<DcmItem*>(object));
    return items;
}

} // namespace

std::vector<SliceGeometry> slicesOfDataset(DcmItem& dataset, const QString& path)
{
    SliceGeometry common;
    common.path = path;
    Uint16 rows = 0;
    Uint16 columns = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, columns);
    common.rows = rows;
    common.columns = columns;
    Sint32 instanceNumber = -1;
    if (dataset.findAndGetSint32(DCM_InstanceNumber, instanceNumber).good())
        common.instanceNumber = instanceNumber;
    if (auto p = readNumbers<3>(dataset, DCM_ImagePositionPatient))
        common.position = Vec3{(*p)[0], (*p)[1], (*p)[2]};
    if (auto o = readNumbers<6>(dataset, DCM_ImageOrientationPatient); o && usableOrientation(*o))
        common.orientation = o;
    if (auto s = readNumbers<2>(dataset, DCM_PixelSpacing); s && usableSpacing(*s))
        common.pixelSpacing = s;
    common.imageType = readText(dataset, DCM_ImageType);
    common.sopClassUid = readText(dataset, DCM_SOPClassUID);

    const int frames = pixels::detail::declaredFrameCount(dataset);
    const std::vector<DcmItem*> perFrame = itemsOf(dataset, DCM_PerFrameFunctionalGroupsSequence);
    const std::vector<DcmItem*> shared = itemsOf(dataset, DCM_SharedFunctionalGroupsSequence);
    DcmItem* sharedGroup = shared.empty() ? nullptr : shared.front();

    std::vector<SliceGeometry> slices;
    slices.reserve(static_cast<std::size_t>(frames));
    for (int frame = 0; frame < frames; ++frame) {
        SliceGeometry slice = common;
        slice.frame = frame;
        DcmItem* ownGroup = std::size_t(frame) < perFrame.size() ? perFrame[std::size_t(frame)] : nullptr;
        applyFunctionalGroups(slice, ownGroup, sharedGroup);
        // A classic multi-frame (no functional groups) has one position for all its frames,
        // which says nothing about where the other frames lie.
        if (frames > 1 && !ownGroup && !sharedGroup)
            slice.position.reset();
        slices.push_back(std::move(slice));
    }
    return slices;
}

std::vector<SliceGeometry> readSlicesOfFile(media::DiscSource& source, const QString& path, QString& error)
{
    const dicom::LoadedDicom loaded = media::loadDicomFromDisc(source, path);
    DcmDataset* dataset = loaded.file ? loaded.file->getDataset() : nullptr;
    if (!dataset || dataset->card() == 0) {
        error = QCoreApplication::translate("SliceGeometry", "the picture file %1 could not be read").arg(path);
        return {};
    }
    return slicesOfDataset(*dataset, path);
}

SliceGeometry sliceFromIndex(const media::IndexedInstance& instance)
{
    SliceGeometry slice;
    slice.path = instance.path;
    slice.instanceNumber = instance.header.instanceNumber;
    slice.rows = instance.header.rows;
    slice.columns = instance.header.columns;
    if (const auto& p = instance.header.imagePositionPatient)
        slice.position = Vec3{(*p)[0], (*p)[1], (*p)[2]};
    if (const auto& o = instance.header.imageOrientationPatient; o && usableOrientation(*o))
        slice.orientation = o;
    slice.sopClassUid = instance.header.sopClassUid;
    return slice;
}

} // namespace scanshield::volume
