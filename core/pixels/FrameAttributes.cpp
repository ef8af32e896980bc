#include "pixels/FrameAttributes.h"

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QString>

#include <cmath>

namespace scanshield::pixels::detail {

namespace {

// The first item of `macro` inside the per-frame functional group of this frame, else inside
// the shared functional group, else nullptr.
DcmItem* functionalGroupMacro(DcmItem& dataset, int frameIndex, const DcmTagKey& macro)
{
    DcmItem* group = nullptr;
    DcmItem* item = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_PerFrameFunctionalGroupsSequence, group, frameIndex).good() && group &&
        group->findAndGetSequenceItem(macro, item, 0).good() && item)
        return item;
    group = nullptr;
    item = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, group, 0).good() && group &&
        group->findAndGetSequenceItem(macro, item, 0).good() && item)
        return item;
    return nullptr;
}

bool readNumber(DcmItem& item, const DcmTagKey& tag, double& value)
{
    Float64 number = 0;
    if (item.findAndGetFloat64(tag, number, 0).bad() || !std::isfinite(number))
        return false;
    value = number;
    return true;
}

bool readTransform(DcmItem& item, ModalityTransform& transform)
{
    double slope = 1.0;
    double intercept = 0.0;
    const bool hasSlope = readNumber(item, DCM_RescaleSlope, slope);
    const bool hasIntercept = readNumber(item, DCM_RescaleIntercept, intercept);
    if (!hasSlope && !hasIntercept)
        return false;
    transform.slope = (hasSlope && slope != 0.0) ? slope : 1.0;
    transform.intercept = hasIntercept ? intercept : 0.0;
    return true;
}

bool readWindow(DcmItem& item, WindowSetting& window)
{
    double center = 0.0;
    double width = 0.0;
    if (!readNumber(item, DCM_WindowCenter, center) || !readNumber(item, DCM_WindowWidth, width) || width <= 0.0)
        return false;
    window.center = center;
    window.width = width;
    return true;
}

} // namespace

int declaredFrameCount(DcmItem& dataset)
{
    OFString text;
    if (dataset.findAndGetOFString(DCM_NumberOfFrames, text).bad())
        return 1;
    bool ok = false;
    const int frames = QString::fromLatin1(text.c_str()).trimmed().toInt(&ok);
    return (ok && frames > 0) ? frames : 1;
}

ModalityTransform modalityTransformFor(DcmItem& dataset, int frameIndex)
{
    ModalityTransform transform;
    if (DcmItem* macro = functionalGroupMacro(dataset, frameIndex, DCM_PixelValueTransformationSequence))
        if (readTransform(*macro, transform))
            return transform;
    readTransform(dataset, transform);
    return transform;
}

WindowSetting windowFor(DcmItem& dataset, int frameIndex)
{
    WindowSetting window;
    if (DcmItem* macro = functionalGroupMacro(dataset, frameIndex, DCM_FrameVOILUTSequence))
        if (readWindow(*macro, window))
            return window;
    readWindow(dataset, window);
    return window;
}

bool hasModalityLut(DcmItem& dataset)
{
    DcmItem* item = nullptr;
    return dataset.findAndGetSequenceItem(DCM_ModalityLUTSequence, item, 0).good() && item;
}

PixelEncoding classifyEncoding(int xfer, const std::string& transferSyntaxUid)
{
    // High-Throughput JPEG 2000 (2019); DCMTK 3.6.7 does not know these UIDs, OpenJPEG 2.5 decodes them.
    if (transferSyntaxUid == "1.2.840.10008.1.2.4.201" || transferSyntaxUid == "1.2.840.10008.1.2.4.202" ||
        transferSyntaxUid == "1.2.840.10008.1.2.4.203")
        return PixelEncoding::Jpeg2000;
    const auto syntax = static_cast<E_TransferSyntax>(xfer);
    switch (syntax) {
    case EXS_JPEG2000LosslessOnly:
    case EXS_JPEG2000:
    case EXS_JPEG2000MulticomponentLosslessOnly:
    case EXS_JPEG2000Multicomponent:
        return PixelEncoding::Jpeg2000;
    case EXS_RLELossless:
        return PixelEncoding::Rle;
    default:
        break;
    }
    if (syntax == EXS_Unknown)
        return transferSyntaxUid.empty() ? PixelEncoding::Native : PixelEncoding::Unsupported;
    const DcmXfer info(syntax);
    if (!info.isEncapsulated())
        return PixelEncoding::Native;
    return DcmCodecList::canChangeCoding(syntax, EXS_LittleEndianExplicit) ? PixelEncoding::DcmtkCodec
                                                                            : PixelEncoding::Unsupported;
}

unsigned long long nativeFrameBits(DcmItem& dataset)
{
    Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, columns);
    if (dataset.findAndGetUint16(DCM_SamplesPerPixel, samples).bad() || samples == 0)
        samples = 1;
    dataset.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
    return static_cast<unsigned long long>(rows) * columns * samples * bitsAllocated;
}

} // namespace scanshield::pixels::detail
